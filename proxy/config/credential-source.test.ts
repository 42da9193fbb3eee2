import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { emptySources, FAKE } from '../test-support/harness.js'
import { ConfigError, loadConfig } from './config.js'

const keys = { TENCENTCLOUD_SECRET_ID: FAKE.secretId, TENCENTCLOUD_SECRET_KEY: FAKE.secretKey }
const ROLE_ARN = 'qcs::cam::uin/100000000001:roleName/image-reader'
const tokenFile = path.join(mkdtempSync(path.join(tmpdir(), 'oidc-')), 'token')
writeFileSync(tokenFile, 'token')
const tke = {
  TKE_REGION: 'ap-shanghai',
  TKE_PROVIDER_ID: 'cls-provider',
  TKE_WEB_IDENTITY_TOKEN_FILE: tokenFile,
  TKE_ROLE_ARN: ROLE_ARN,
}

const sourceOf = (env: Record<string, string>, sources = emptySources()) =>
  loadConfig(env, sources).credentialSource

/** The start-up error's one line, which must name the variable first and carry no secret. */
function refusal(env: Record<string, string>): string {
  try {
    loadConfig(env, emptySources())
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError)
    const { message, variable } = error as ConfigError
    expect(message.startsWith(`${variable}: `)).toBe(true)
    expect(message).not.toContain('\n')
    expect(message).not.toContain(FAKE.secretKey)
    return message
  }
  throw new Error('configuration was accepted')
}

describe('the credential source, first configured wins', () => {
  it('assumes a role with the static keys as the base key, with the documented defaults', () => {
    expect(
      sourceOf({ ...keys, TENCENTCLOUD_ROLE_ARN: ROLE_ARN, TENCENTCLOUD_REGION: 'ap-tokyo' }),
    ).toMatchObject({
      kind: 'assume-role',
      base: { secretId: FAKE.secretId },
      roleArn: ROLE_ARN,
      sessionName: 'cvm-image-browser',
      durationSeconds: 7200,
      region: 'ap-tokyo',
      stsEndpoint: new URL('https://sts.tencentcloudapi.com/'),
    })
  })

  it('takes the base key from the credentials file too', () => {
    const sources = emptySources()
    mkdirSync(path.join(sources.homeDir, '.tencentcloud'))
    const file = `[default]\nsecret_id = ${FAKE.secretId}\nsecret_key = ${FAKE.secretKey}\n`
    writeFileSync(path.join(sources.homeDir, '.tencentcloud', 'credentials'), file)
    expect(sourceOf({ TENCENTCLOUD_ROLE_ARN: ROLE_ARN, ...tke }, sources)).toMatchObject({
      kind: 'assume-role',
    })
    expect(sourceOf({ ...tke, TENCENTCLOUD_CVM_ROLE: '1' }, sources)).toMatchObject({ kind: 'file' })
  })

  it('prefers static keys, then TKE OIDC, then the CVM role', () => {
    expect(sourceOf({ ...keys, ...tke, TENCENTCLOUD_CVM_ROLE: '1' })).toMatchObject({ kind: 'env' })
    expect(
      sourceOf({ ...tke, TENCENTCLOUD_CVM_ROLE: '1', TENCENTCLOUD_ROLE_SESSION_NAME: 'pod-a' }),
    ).toMatchObject({
      kind: 'oidc',
      region: 'ap-shanghai',
      providerId: 'cls-provider',
      tokenFile,
      roleArn: ROLE_ARN,
      sessionName: 'pod-a',
    })
    expect(sourceOf({ TENCENTCLOUD_CVM_ROLE: '1' })).toEqual({
      kind: 'cvm-role',
      roleName: null,
      metadataEndpoint: new URL('http://metadata.tencentyun.com'),
    })
    expect(
      sourceOf({
        TENCENTCLOUD_CVM_ROLE: 'ImageReader',
        TENCENTCLOUD_METADATA_ENDPOINT: 'http://127.0.0.1:9090',
      }),
    ).toMatchObject({
      kind: 'cvm-role',
      roleName: 'ImageReader',
      metadataEndpoint: new URL('http://127.0.0.1:9090'),
    })
    expect(sourceOf({ TENCENTCLOUD_CVM_ROLE: '0' })).toBeNull()
    expect(loadConfig({ TENCENTCLOUD_CVM_ROLE: '1' }, emptySources()).mode).toBe('live')
  })

  it.each<[string, Record<string, string>, RegExp]>([
    [
      'a role without a base key',
      { TENCENTCLOUD_ROLE_ARN: ROLE_ARN },
      /^TENCENTCLOUD_ROLE_ARN: needs a base key/,
    ],
    [
      'a malformed role ARN',
      { ...keys, TENCENTCLOUD_ROLE_ARN: 'image-reader' },
      /^TENCENTCLOUD_ROLE_ARN: expected a role ARN/,
    ],
    [
      'a session name without a role',
      { ...keys, TENCENTCLOUD_ROLE_SESSION_NAME: 'x1' },
      /^TENCENTCLOUD_ROLE_SESSION_NAME: /,
    ],
    [
      'a duration without a role',
      { ...keys, TENCENTCLOUD_ROLE_DURATION_S: '900' },
      /^TENCENTCLOUD_ROLE_DURATION_S: /,
    ],
    [
      'a duration over 12 hours',
      { ...keys, TENCENTCLOUD_ROLE_ARN: ROLE_ARN, TENCENTCLOUD_ROLE_DURATION_S: '43201' },
      /^TENCENTCLOUD_ROLE_DURATION_S: /,
    ],
    [
      'a session name of one character',
      { ...keys, TENCENTCLOUD_ROLE_ARN: ROLE_ARN, TENCENTCLOUD_ROLE_SESSION_NAME: 'a' },
      /^TENCENTCLOUD_ROLE_SESSION_NAME: /,
    ],
    [
      'three of the four TKE variables',
      { ...tke, TKE_ROLE_ARN: '' },
      /^TKE_ROLE_ARN: missing while TKE_REGION, /,
    ],
    ['an unknown TKE region', { ...tke, TKE_REGION: 'mars-1' }, /^TKE_REGION: unknown region/],
    [
      'a missing token file',
      { ...tke, TKE_WEB_IDENTITY_TOKEN_FILE: '/no/such/token' },
      /^TKE_WEB_IDENTITY_TOKEN_FILE: .*file not found/,
    ],
    ['a malformed CVM role name', { TENCENTCLOUD_CVM_ROLE: 'role name' }, /^TENCENTCLOUD_CVM_ROLE: /],
    [
      'a metadata endpoint without the CVM role',
      { TENCENTCLOUD_METADATA_ENDPOINT: 'http://127.0.0.1:1' },
      /^TENCENTCLOUD_METADATA_ENDPOINT: set without/,
    ],
    [
      'a metadata endpoint that is no URL',
      { TENCENTCLOUD_CVM_ROLE: '1', TENCENTCLOUD_METADATA_ENDPOINT: 'metadata' },
      /^TENCENTCLOUD_METADATA_ENDPOINT: not a URL/,
    ],
    [
      'an STS endpoint with static keys only',
      { ...keys, TENCENTCLOUD_STS_ENDPOINT: 'https://sts.internal/' },
      /^TENCENTCLOUD_STS_ENDPOINT: set without/,
    ],
    [
      'an STS endpoint with a query',
      { ...keys, TENCENTCLOUD_ROLE_ARN: ROLE_ARN, TENCENTCLOUD_STS_ENDPOINT: 'https://sts.internal/?a=1' },
      /^TENCENTCLOUD_STS_ENDPOINT: must not carry/,
    ],
  ])('stops at start on %s, naming the variable', (_label, env, expected) => {
    expect(refusal(env)).toMatch(expected)
  })
})
