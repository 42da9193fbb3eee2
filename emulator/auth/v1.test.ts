import { afterAll, describe, expect, it } from 'vitest'
import { buildEmulatorApp, type EmulatorOptions } from '../server.js'
import { type CallOptions, injectCall } from '../test-support/test-client.js'
import { NonceMemory, SIGNATURE_WINDOW_MS } from './v1.js'

const credentials = {
  secretId: 'AKIDauthTest0000000000000000000000000',
  secretKey: 'auth-test-secret-key-5Yq9Lx',
}
const TOKEN = 'auth-test-session-token-Zk3P'
const NOW_S = 1_790_000_000
const responses: string[] = []

let nonce = 1
function setup(extra: Partial<EmulatorOptions> = {}) {
  const app = buildEmulatorApp({ ...credentials, now: () => NOW_S * 1000, ...extra })
  return async (options: CallOptions = {}, business: [string, string][] = [['Region', 'ap-guangzhou']]) => {
    const response = await injectCall(app, credentials, business, {
      timestamp: NOW_S,
      nonce: nonce++,
      ...options,
    })
    responses.push(response.body)
    expect(response.statusCode).toBe(200)
    return response.json().Response
  }
}

const call = setup()
const codeOf = async (options: CallOptions, business?: [string, string][]) =>
  (await call(options, business)).Error?.Code

describe('emulator authentication', () => {
  it('accepts a correctly signed request', async () => {
    expect((await call()).TotalCount).toBeGreaterThan(0)
  })

  it('refuses a wrong signature with InvalidParameter.SignatureFailure, as the live legacy endpoint does', async () => {
    expect((await call({ secretKey: 'another-key' })).Error).toEqual({
      Code: 'InvalidParameter.SignatureFailure',
      Message: 'The provided credentials could not be validated. Please check your signature is correct.',
    })
  })

  it('refuses a signed value changed after signing', async () => {
    const tamper = (params: [string, string][]) => [...params, ['Limit', '5'] as [string, string]]
    expect(await codeOf({ tamper })).toBe('InvalidParameter.SignatureFailure')
  })

  it('verifies against the Host header as received, port included', async () => {
    expect(await codeOf({ host: 'emulator.test:9090', sendHost: 'emulator.test' })).toBe(
      'InvalidParameter.SignatureFailure',
    )
    expect(await codeOf({ host: 'emulator.test:9090', sendHost: 'emulator.test:9090' })).toBeUndefined()
  })

  it('signs the method: a GET signature does not pass as a POST', async () => {
    expect(await codeOf({ method: 'POST', signAs: 'GET' })).toBe('InvalidParameter.SignatureFailure')
    expect(await codeOf({ method: 'POST' })).toBeUndefined()
  })

  it('HmacSHA1 when SignatureMethod is absent', async () => {
    expect(await codeOf({ signatureMethod: null })).toBeUndefined()
  })

  it('HmacSHA1 when SignatureMethod is HmacSHA1, HmacSHA256 when HmacSHA256', async () => {
    expect(await codeOf({ signatureMethod: 'HmacSHA1' })).toBeUndefined()
    expect(await codeOf({ signatureMethod: 'HmacSHA256' })).toBeUndefined()
  })

  it.each([301, -301])(
    'refuses a Timestamp %i seconds off with InvalidRequest.ReplayAttack',
    async (offset) => {
      expect(await codeOf({ timestamp: NOW_S + offset })).toBe('InvalidRequest.ReplayAttack')
    },
  )

  it.each([300, -300])('accepts a Timestamp %i seconds off', async (offset) => {
    expect(await codeOf({ timestamp: NOW_S + offset })).toBeUndefined()
  })

  it('refuses a Timestamp that is not Unix seconds', async () => {
    expect(await codeOf({ timestamp: 1.5 })).toBe('InvalidParameter')
  })

  it('refuses an unknown SecretId with InvalidParameter.SecretIdNotFound', async () => {
    expect(await codeOf({ secretId: 'AKIDunknown' })).toBe('InvalidParameter.SecretIdNotFound')
  })

  it.each(['SecretId', 'Signature', 'Timestamp', 'Nonce'])(
    'refuses a missing %s with MissingParameter',
    async (name) => {
      const response = await call({ omit: [name] })
      expect(response.Error).toEqual({
        Code: 'MissingParameter',
        Message: expect.stringContaining(`"${name}"`),
      })
    },
  )

  it('refuses a Nonce reused within the window', async () => {
    expect(await codeOf({ nonce: 'n-reused' })).toBeUndefined()
    expect(await codeOf({ nonce: 'n-reused' })).toBe('InvalidRequest.ReplayAttack')
  })

  it('accepts the same Nonce with another Timestamp', async () => {
    expect(await codeOf({ nonce: 'n-twice', timestamp: NOW_S })).toBeUndefined()
    expect(await codeOf({ nonce: 'n-twice', timestamp: NOW_S - 1 })).toBeUndefined()
  })

  it('does not spend a Nonce on a refused request', async () => {
    expect(await codeOf({ nonce: 'n-retry', secretKey: 'wrong' })).toBe('InvalidParameter.SignatureFailure')
    expect(await codeOf({ nonce: 'n-retry' })).toBeUndefined()
  })

  it('refuses a duplicate common parameter before checking the signature', async () => {
    const tamper = (params: [string, string][]) => [...params, ['Nonce', '1'] as [string, string]]
    expect(await codeOf({ tamper })).toBe('InvalidParameter')
  })

  it('authenticates before validating the business parameters', async () => {
    expect(await codeOf({ secretKey: 'wrong' }, [['Limit', '1000']])).toBe(
      'InvalidParameter.SignatureFailure',
    )
  })

  it('refuses a Token the emulator was not given', async () => {
    expect(await codeOf({ token: TOKEN })).toBe('InvalidRequest.TokenCheckFailed')
  })
})

describe('emulator authentication with a session token', () => {
  const withToken = setup({ sessionToken: TOKEN })

  it('accepts the right Token', async () => {
    expect((await withToken({ token: TOKEN })).Error).toBeUndefined()
  })

  it('refuses a missing or wrong Token with InvalidRequest.TokenCheckFailed', async () => {
    expect((await withToken()).Error.Code).toBe('InvalidRequest.TokenCheckFailed')
    expect((await withToken({ token: 'not-it' })).Error.Code).toBe('InvalidRequest.TokenCheckFailed')
  })
})

describe('NonceMemory', () => {
  it('forgets a nonce once twice the signature window has passed', () => {
    const memory = new NonceMemory()
    memory.remember('a', 0)
    expect(memory.has('a', 2 * SIGNATURE_WINDOW_MS - 1)).toBe(true)
    expect(memory.has('a', 2 * SIGNATURE_WINDOW_MS)).toBe(false)
  })
})

afterAll(() => {
  // Nothing the emulator answered may carry a secret.
  for (const body of responses) {
    expect(body).not.toContain(credentials.secretKey)
    expect(body).not.toContain(TOKEN)
  }
})
