import { afterAll, describe, expect, it } from 'vitest'
import { tc3Date } from '../../core/signing/tc3.js'
import { buildEmulator, type EmulatorOptions } from '../server.js'
import { injectV3Call, type V3CallOptions } from '../test-support/test-client-v3.js'

const credentials = {
  secretId: 'AKIDauthV3Test000000000000000000000000',
  secretKey: 'auth-v3-test-secret-key-Q7mW2x',
}
const TOKEN = 'auth-v3-test-session-token-Lp8R'
const NOW_S = 1_790_000_000
const bodies: string[] = []

function setup(extra: Partial<EmulatorOptions> = {}) {
  const emulator = buildEmulator({ ...credentials, customImages: 10, now: () => NOW_S * 1000, ...extra })
  const call = async (options: V3CallOptions = {}, body: unknown = { Limit: 1 }) => {
    const response = await injectV3Call(emulator.app, credentials, body, { timestamp: NOW_S, ...options })
    bodies.push(response.body)
    return response
  }
  const codeOf = async (options: V3CallOptions = {}, body?: unknown) => {
    const response = await call(options, body)
    expect(response.statusCode).toBe(200)
    return response.json().Response.Error?.Code ?? 'ok'
  }
  return { ...emulator, call, codeOf }
}

const { codeOf } = setup()
const drop = (name: string) => (headers: Record<string, string>) => {
  const { [name]: _dropped, ...rest } = headers
  return rest
}
const withHeader = (name: string, value: string) => (headers: Record<string, string>) => ({
  ...headers,
  [name]: value,
})
const authorization = (credential: string, signed = 'content-type;host') =>
  withHeader(
    'authorization',
    `TC3-HMAC-SHA256 Credential=${credential}, SignedHeaders=${signed}, Signature=${'0'.repeat(64)}`,
  )

describe('API 3.0 authentication (TC3-HMAC-SHA256)', () => {
  it('accepts a call signed as the SDK signs it: scope cvm, host without port', async () => {
    expect(await codeOf()).toBe('ok')
  })

  it('does not sign the port, so the same host on another port verifies', async () => {
    expect(await codeOf({ tamper: withHeader('host', 'emulator.test:8080') })).toBe('ok')
  })

  it('accepts the service the SDK takes from an IP endpoint’s first label', async () => {
    expect(await codeOf({ host: '127.0.0.1:9090', service: '127' })).toBe('ok')
    expect(await codeOf({ host: '127.0.0.1:9090', service: 'cvm' })).toBe('ok')
  })

  it.each([
    ['a wrong secret key', { secretKey: 'another-key' }],
    ['a body changed after signing', { sendBody: '{"Limit":2}' }],
    [
      'a Content-Type changed after signing',
      { tamper: withHeader('content-type', 'application/json; charset=utf-8') },
    ],
    ['a host signed with its port', { signedHost: 'emulator.test:9090' }],
    ['another host sent than signed', { tamper: withHeader('host', 'other.test:9090') }],
    [
      'a signed X-TC-Action changed after signing',
      { signAction: true, tamper: withHeader('X-TC-Action', 'DescribeImageQuota') },
    ],
    ['another service in the scope', { service: 'cbs' }],
  ] as [string, V3CallOptions][])('refuses %s with AuthFailure.SignatureFailure', async (_name, options) => {
    expect(await codeOf(options)).toBe('AuthFailure.SignatureFailure')
  })

  it('refuses a credential date that is not the UTC date of X-TC-Timestamp, and says so', async () => {
    const today = tc3Date(NOW_S)
    const localDate = (headers: Record<string, string>) => ({
      ...headers,
      authorization: (headers.authorization ?? '').replace(`/${today}/`, `/${tc3Date(NOW_S + 86_400)}/`),
    })
    const response = await setup().call({ tamper: localDate })
    expect(response.json().Response.Error).toEqual({
      Code: 'AuthFailure.SignatureFailure',
      Message: expect.stringContaining('UTC date of X-TC-Timestamp'),
    })
  })

  it('refuses an unknown SecretId with AuthFailure.SecretIdNotFound', async () => {
    expect(await codeOf({ secretId: 'AKIDsomebodyElse' })).toBe('AuthFailure.SecretIdNotFound')
  })

  it('refuses an X-TC-Timestamp more than 5 minutes off with AuthFailure.SignatureExpire', async () => {
    expect(await codeOf({ timestamp: NOW_S - 301 })).toBe('AuthFailure.SignatureExpire')
    expect(await codeOf({ timestamp: NOW_S + 301 })).toBe('AuthFailure.SignatureExpire')
    expect(await codeOf({ timestamp: NOW_S - 299 })).toBe('ok')
  })

  it('refuses an X-TC-Timestamp that is not Unix seconds with InvalidParameter', async () => {
    expect(await codeOf({ tamper: withHeader('X-TC-Timestamp', '2026-01-01') })).toBe('InvalidParameter')
  })

  it.each([
    ['a missing Authorization', { tamper: drop('authorization') }, 'MissingParameter'],
    ['a missing X-TC-Timestamp', { tamper: drop('X-TC-Timestamp') }, 'MissingParameter'],
    [
      'another algorithm',
      { tamper: withHeader('authorization', 'HMAC-SHA256 Signature=abc') },
      'AuthFailure.InvalidAuthorization',
    ],
    [
      'a scope without tc3_request',
      { tamper: authorization(`${credentials.secretId}/2026-09-21/cvm`) },
      'AuthFailure.InvalidAuthorization',
    ],
    [
      'SignedHeaders without content-type',
      { tamper: authorization(`${credentials.secretId}/2026-09-21/cvm/tc3_request`, 'host') },
      'AuthFailure.InvalidAuthorization',
    ],
    [
      'SignedHeaders without host',
      { tamper: authorization(`${credentials.secretId}/2026-09-21/cvm/tc3_request`, 'content-type') },
      'AuthFailure.InvalidAuthorization',
    ],
    [
      'a signed header that was not sent',
      {
        tamper: authorization(
          `${credentials.secretId}/2026-09-21/cvm/tc3_request`,
          'content-type;host;x-tc-nope',
        ),
      },
      'AuthFailure.InvalidAuthorization',
    ],
  ] as [string, V3CallOptions, string][])('refuses %s', async (_name, options, code) => {
    expect(await codeOf(options)).toBe(code)
  })
})

describe('API 3.0 session tokens', () => {
  const { codeOf: withToken } = setup({ sessionToken: TOKEN })

  it('accepts the right X-TC-Token', async () => {
    expect(await withToken({ token: TOKEN })).toBe('ok')
  })

  it('refuses a missing or wrong X-TC-Token with AuthFailure.TokenFailure', async () => {
    expect(await withToken()).toBe('AuthFailure.TokenFailure')
    expect(await withToken({ token: `${TOKEN}x` })).toBe('AuthFailure.TokenFailure')
  })
})

describe('API 3.0 business refusals, after authentication', () => {
  it.each([
    ['a missing X-TC-Action', { action: null }, {}, 'MissingParameter'],
    ['a missing X-TC-Version', { version: null }, {}, 'MissingParameter'],
    ['a missing X-TC-Region', { region: null }, {}, 'MissingParameter'],
    ['another action', { action: 'RunInstances' }, {}, 'InvalidAction'],
    ['another version', { version: '2022-03-12' }, {}, 'NoSuchVersion'],
    ['an unknown region', { region: 'ap-mars' }, {}, 'InvalidRegion.NotFound'],
    ['an unknown filter', {}, { Filters: [{ Name: 'image-state', Values: ['NORMAL'] }] }, 'InvalidFilter'],
    [
      'ImageIds together with Filters',
      {},
      { ImageIds: ['img-9qabwvbn'], Filters: [{ Name: 'platform', Values: ['x'] }] },
      'InvalidParameter.InvalidParameterCoexistImageIdsFilters',
    ],
    [
      'six values in a filter',
      {},
      { Filters: [{ Name: 'tag-key', Values: ['a', 'b', 'c', 'd', 'e', 'f'] }] },
      'InvalidParameterValue.LimitExceeded',
    ],
    ['a Limit over 100', {}, { Limit: 101 }, 'InvalidParameterValue.InvalidParameterValueLimit'],
    ['a body that is not JSON', {}, '{"Limit":', 'InvalidParameter'],
    [
      'a body that is not application/json',
      { contentType: 'application/x-www-form-urlencoded' },
      'Limit=1',
      'InvalidParameter',
    ],
  ] as [string, V3CallOptions, unknown, string][])('refuses %s', async (_name, options, body, code) => {
    expect(await codeOf(options, body)).toBe(code)
  })

  it('checks the signature before the body: a bad signature on a bad body is a SignatureFailure', async () => {
    expect(await codeOf({ secretKey: 'another-key' }, { Limit: 101 })).toBe('AuthFailure.SignatureFailure')
  })
})

describe('API 3.0 and the rest of the emulator', () => {
  it('applies test faults to 3.0 calls too', async () => {
    const emulator = setup()
    emulator.faults.failNext(1, { kind: 'error', code: 'RequestLimitExceeded' })
    expect(await emulator.codeOf()).toBe('RequestLimitExceeded')
    emulator.faults.failNext(1, { kind: 'http500' })
    expect((await emulator.call()).statusCode).toBe(500)
    expect(await emulator.codeOf()).toBe('ok')
  })

  it('answers GET / with the 404 envelope: 3.0 calls are POST', async () => {
    const response = await setup().app.inject({ method: 'GET', url: '/' })
    expect(response.statusCode).toBe(404)
    expect(response.json().Response.Error.Code).toBe('ResourceNotFound')
  })

  it('keeps the legacy endpoint refusing JSON bodies', async () => {
    const response = await setup().app.inject({ method: 'POST', url: '/v2/index.php', payload: { Limit: 1 } })
    expect(response.json().Response.Error.Code).toBe('InvalidParameter')
  })
})

afterAll(() => {
  // Nothing the emulator answered may carry a secret.
  for (const body of bodies) {
    expect(body).not.toContain(credentials.secretKey)
    expect(body).not.toContain(TOKEN)
  }
})
