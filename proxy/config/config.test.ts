import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptySources, FAKE } from '../test-support/harness.js'
import { ConfigError, loadConfig } from './config.js'

const keys = { TENCENTCLOUD_SECRET_ID: FAKE.secretId, TENCENTCLOUD_SECRET_KEY: FAKE.secretKey }

function load(env: Record<string, string | undefined>, sources = emptySources()) {
  return loadConfig(env, sources)
}

/** The variable a bad configuration names; fails if it loads. */
function refusedVariable(env: Record<string, string | undefined>, sources = emptySources()): string {
  try {
    load(env, sources)
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    const configError = error as ConfigError
    expect(configError.message).toMatch(new RegExp(`^${configError.variable}: `))
    expect(configError.message).not.toContain(FAKE.secretKey)
    expect(configError.message).not.toContain('\n')
    return configError.variable
  }
  throw new Error('configuration was accepted')
}

describe('loadConfig', () => {
  it('runs in demo mode with the documented defaults when nothing is set', () => {
    const config = load({})
    expect(config).toMatchObject({
      mode: 'demo',
      credentialSource: null,
      defaultRegion: 'ap-guangzhou',
      signatureMethod: 'HmacSHA256',
      upstreamTimeoutMs: 10_000,
      cacheTtlMs: 30_000,
      upstreamMaxRps: 25,
      upstreamMaxConcurrent: 8,
      rateLimitPerMinute: 600,
      host: '127.0.0.1',
      port: 8080,
      logLevel: 'info',
      basicAuth: null,
    })
    expect(config.api).toBe('legacy')
    expect(config.endpoint.href).toBe('https://image.api.qcloud.com/v2/index.php')
    expect(config.instanceEndpoint.href).toBe('https://cvm.api.qcloud.com/v2/index.php')
    expect(config.staticRoot).toMatch(/dist$/)
    expect(config.version).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('counts empty and blank values as unset', () => {
    const config = load({
      TENCENTCLOUD_SECRET_ID: '',
      TENCENTCLOUD_SECRET_KEY: '  ',
      PORT: '',
      SIGNATURE_METHOD: '',
    })
    expect(config.mode).toBe('demo')
    expect(config.port).toBe(8080)
    expect(config.signatureMethod).toBe('HmacSHA256')
  })

  it('goes live with both keys and wraps the secret key and token', () => {
    const config = load({ ...keys, TENCENTCLOUD_SESSION_TOKEN: FAKE.token })
    expect(config.mode).toBe('live')
    const source = config.credentialSource
    expect(source?.kind).toBe('env')
    const credentials = source?.kind === 'env' ? source.credentials : null
    expect(credentials?.secretId).toBe(FAKE.secretId)
    expect(credentials?.secretKey.reveal()).toBe(FAKE.secretKey)
    expect(credentials?.token?.reveal()).toBe(FAKE.token)
    expect(JSON.stringify(config)).not.toContain(FAKE.secretKey)
    expect(JSON.stringify(config)).not.toContain(FAKE.token)
  })

  it('names the missing half when only one of ID and KEY is set', () => {
    expect(refusedVariable({ TENCENTCLOUD_SECRET_ID: FAKE.secretId })).toBe('TENCENTCLOUD_SECRET_KEY')
    expect(refusedVariable({ TENCENTCLOUD_SECRET_KEY: FAKE.secretKey })).toBe('TENCENTCLOUD_SECRET_ID')
    expect(refusedVariable({ TENCENTCLOUD_SESSION_TOKEN: FAKE.token })).toBe('TENCENTCLOUD_SESSION_TOKEN')
  })

  it('reads the SDK credentials file from the home folder when the variables are unset', () => {
    const sources = emptySources()
    mkdirSync(path.join(sources.homeDir, '.tencentcloud'))
    const file = path.join(sources.homeDir, '.tencentcloud', 'credentials')
    writeFileSync(file, `[default]\nsecret_id = ${FAKE.secretId}\nsecret_key = ${FAKE.secretKey}\n`)
    const config = load({}, sources)
    expect(config.mode).toBe('live')
    expect(config.credentialSource).toMatchObject({ kind: 'file', credentials: { secretId: FAKE.secretId } })
    expect(
      load({ TENCENTCLOUD_SECRET_ID: 'AKIDenv', TENCENTCLOUD_SECRET_KEY: 'k' }, sources).credentialSource,
    ).toMatchObject({ kind: 'env', credentials: { secretId: 'AKIDenv' } })
    writeFileSync(file, `[default]\nsecret_id = ${FAKE.secretId}\n`)
    expect(refusedVariable({}, sources)).toBe('TENCENTCLOUD_CREDENTIALS_FILE')
    expect(refusedVariable({ TENCENTCLOUD_CREDENTIALS_FILE: path.join(sources.homeDir, 'none') })).toBe(
      'TENCENTCLOUD_CREDENTIALS_FILE',
    )
  })

  it.each([
    ['IMAGE_API_ENDPOINT', 'not a url'],
    ['IMAGE_API_ENDPOINT', 'ftp://image.api.qcloud.com/v2/index.php'],
    ['IMAGE_API_ENDPOINT', 'https://image.api.qcloud.com/v2/index.php?Action=RunInstances'],
    ['IMAGE_API_ENDPOINT', 'https://user:pw@image.api.qcloud.com/v2/index.php'],
    ['INSTANCE_API_ENDPOINT', 'cvm.api.qcloud.com'],
    ['INSTANCE_API_ENDPOINT', 'https://cvm.api.qcloud.com/v2/index.php?Action=RunInstances'],
    ['SIGNATURE_METHOD', 'hmacsha256'],
    ['SIGNATURE_METHOD', 'TC3-HMAC-SHA256'],
    ['UPSTREAM_TIMEOUT_MS', '0'],
    ['UPSTREAM_TIMEOUT_MS', '10s'],
    ['CACHE_TTL_MS', '-1'],
    ['UPSTREAM_MAX_RPS', '2.5'],
    ['UPSTREAM_MAX_CONCURRENT', 'many'],
    ['RATE_LIMIT_PER_MINUTE', '1e3'],
    ['PORT', '65536'],
    ['LOG_LEVEL', 'verbose'],
    ['TENCENTCLOUD_REGION', 'mars-1'],
    ['BASIC_AUTH', 'no-colon'],
    ['BASIC_AUTH', 'user:'],
    ['ALLOW_UNAUTHENTICATED', 'yes'],
    ['TENCENTCLOUD_API', 'V3'],
    ['TENCENTCLOUD_API', '3.0'],
    ['TENCENTCLOUD_API', 'tc3'],
  ])('refuses %s=%j naming the variable', (variable, value) => {
    expect(refusedVariable({ [variable]: value })).toBe(variable)
  })

  it('accepts the other signature method, zero caps and a plain-http endpoint for local servers', () => {
    const config = load({
      SIGNATURE_METHOD: 'HmacSHA1',
      CACHE_TTL_MS: '0',
      UPSTREAM_MAX_RPS: '0',
      RATE_LIMIT_PER_MINUTE: '0',
      IMAGE_API_ENDPOINT: 'http://127.0.0.1:9000/v2/index.php',
      INSTANCE_API_ENDPOINT: 'http://127.0.0.1:9001/v2/index.php',
    })
    expect(config).toMatchObject({
      signatureMethod: 'HmacSHA1',
      cacheTtlMs: 0,
      upstreamMaxRps: 0,
      rateLimitPerMinute: 0,
    })
    expect(config.endpoint.host).toBe('127.0.0.1:9000')
    expect(config.instanceEndpoint.host).toBe('127.0.0.1:9001')
  })

  it('requires BASIC_AUTH off loopback unless ALLOW_UNAUTHENTICATED=1', () => {
    expect(refusedVariable({ HOST: '0.0.0.0' })).toBe('BASIC_AUTH')
    expect(load({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED: '1' }).basicAuth).toBeNull()
    const config = load({ HOST: '0.0.0.0', BASIC_AUTH: `${FAKE.basicUser}:${FAKE.basicPassword}` })
    expect(config.basicAuth?.user).toBe(FAKE.basicUser)
    expect(config.basicAuth?.password.reveal()).toBe(FAKE.basicPassword)
    expect(load({ HOST: 'localhost' }).host).toBe('localhost')
    expect(load({ HOST: '127.0.0.2' }).host).toBe('127.0.0.2')
  })

  it('speaks API 3.0 with TENCENTCLOUD_API=v3: TC3 signing and the cvm endpoint unless one is given', () => {
    const config = load({ TENCENTCLOUD_API: 'v3' })
    expect(config).toMatchObject({ api: 'v3', signatureMethod: 'TC3-HMAC-SHA256' })
    expect(config.endpoint.href).toBe('https://cvm.tencentcloudapi.com/')
    const local = load({ TENCENTCLOUD_API: 'v3', IMAGE_API_ENDPOINT: 'http://127.0.0.1:9000/' })
    expect(local.endpoint.href).toBe('http://127.0.0.1:9000/')
    expect(load({ TENCENTCLOUD_API: '', SIGNATURE_METHOD: 'HmacSHA1' })).toMatchObject({
      api: 'legacy',
      signatureMethod: 'HmacSHA1',
    })
    expect(load({ TENCENTCLOUD_API: 'legacy' }).endpoint.href).toBe(
      'https://image.api.qcloud.com/v2/index.php',
    )
  })

  it('ignores SIGNATURE_METHOD with API 3.0, but still refuses a bad one', () => {
    expect(load({ TENCENTCLOUD_API: 'v3', SIGNATURE_METHOD: 'HmacSHA1' }).signatureMethod).toBe(
      'TC3-HMAC-SHA256',
    )
    expect(refusedVariable({ TENCENTCLOUD_API: 'v3', SIGNATURE_METHOD: 'sha1' })).toBe('SIGNATURE_METHOD')
  })

  it('serves no pages with SERVE_STATIC=0', () => {
    expect(load({ SERVE_STATIC: '0' }).staticRoot).toBeNull()
  })
})
