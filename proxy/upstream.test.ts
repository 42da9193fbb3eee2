import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { DescribeImagesRequest } from '../core/describe-images.js'
import type { Credentials } from './config.js'
import { startEmulator } from './emulator/server.js'
import { Secret } from './secret.js'
import type { SignatureMethod } from './signing/v1.js'
import { FAKE } from './test-support/harness.js'
import {
  errorBody,
  hangUp,
  json,
  neverAnswer,
  okBody,
  startTestUpstream,
  type TestUpstream,
} from './test-support/test-upstream.js'
import { buildSignedQuery, createUpstream, encodeRfc3986, type UpstreamSettings } from './upstream.js'

const request: DescribeImagesRequest = {
  region: 'ap-guangzhou',
  imageIds: [],
  filters: [{ name: 'image-name', values: ['CentOS 7.6 64位', 'a+b/c=d&e'] }],
  offset: 0,
  limit: 5,
}

function credentials(token: string | null): Credentials {
  return {
    secretId: FAKE.secretId,
    secretKey: new Secret(FAKE.secretKey),
    token: token ? new Secret(token) : null,
  }
}

function settings(endpoint: string, overrides: Partial<UpstreamSettings> = {}): UpstreamSettings {
  return {
    endpoint: new URL(endpoint),
    credentials: credentials(FAKE.token),
    signatureMethod: 'HmacSHA256',
    timeoutMs: 5_000,
    maxConcurrent: 0,
    maxRps: 0,
    queueWaitMs: 1_000,
    ...overrides,
  }
}

const noWait = { sleep: async () => {}, random: () => 0.5 }

describe('signing, verified by the emulator', () => {
  it.each<[SignatureMethod, string, string | null]>([
    ['HmacSHA256', 'without', null],
    ['HmacSHA256', 'with', FAKE.token],
    ['HmacSHA1', 'without', null],
    ['HmacSHA1', 'with', FAKE.token],
  ])('%s %s a session token is accepted, and a wrong key refused', async (signatureMethod, _label, token) => {
    const emulator = await startEmulator({
      secretId: FAKE.secretId,
      secretKey: FAKE.secretKey,
      sessionToken: token ?? undefined,
    })
    try {
      const upstream = createUpstream(
        settings(emulator.endpoint, { signatureMethod, credentials: credentials(token) }),
        noWait,
      )
      const answer = await upstream.describeImages(request)
      expect(answer).toMatchObject({ kind: 'upstream', status: 200, errorCode: null })
      const wrongKey = createUpstream(
        settings(emulator.endpoint, {
          signatureMethod,
          credentials: { ...credentials(token), secretKey: new Secret('wrong-key') },
        }),
        noWait,
      )
      expect(await wrongKey.describeImages(request)).toMatchObject({
        status: 502,
        errorCode: expect.stringMatching(/^AuthFailure/),
      })
    } finally {
      await emulator.close()
    }
  })
})

describe('the request on the wire', () => {
  it('carries the common parameters, upper-case percent-encoding and a v1 signature', () => {
    const query = buildSignedQuery(
      request,
      settings('https://image.api.qcloud.com/v2/index.php'),
      1_465_185_768,
      11_886,
    )
    const params = new URLSearchParams(query)
    expect(params.get('Action')).toBe('DescribeImages')
    expect(params.get('Version')).toBe('2017-03-12')
    expect(params.get('Region')).toBe('ap-guangzhou')
    expect(params.get('Timestamp')).toBe('1465185768')
    expect(params.get('Nonce')).toBe('11886')
    expect(params.get('SecretId')).toBe(FAKE.secretId)
    expect(params.get('SignatureMethod')).toBe('HmacSHA256')
    expect(params.get('Token')).toBe(FAKE.token)
    expect(params.get('Filters.0.Values.1')).toBe('a+b/c=d&e')
    expect(params.get('Signature')).toMatch(/^[A-Za-z0-9+/]{43}=$/)
    expect(query).toContain('Filters.0.Values.1=a%2Bb%2Fc%3Dd%26e')
    const escapes = query.match(/%[0-9A-Fa-f]{2}/g) ?? []
    expect(escapes.length).toBeGreaterThan(5)
    expect(escapes.filter((hex) => hex !== hex.toUpperCase())).toEqual([])
  })

  it('encodes the characters encodeURIComponent leaves alone', () => {
    expect(encodeRfc3986("it's (a) b*c!")).toBe('it%27s%20%28a%29%20b%2Ac%21')
  })
})

describe('sending, retrying and mapping', () => {
  let server: TestUpstream
  beforeAll(async () => {
    server = await startTestUpstream()
  })
  afterEach(() => {
    server.calls.length = 0
    server.respondWith(json(okBody('default-request-id')))
  })
  afterAll(() => server.close())

  const call = (overrides: Partial<UpstreamSettings> = {}) =>
    createUpstream(settings(server.endpoint, overrides), noWait).describeImages(request)

  it('sends a GET to the configured path with a fresh Nonce on every try', async () => {
    server.queue(json('', 500), json('', 502))
    await call()
    expect(server.calls).toHaveLength(3)
    expect(server.calls.every((c) => c.url.pathname === '/v2/index.php')).toBe(true)
    expect(new Set(server.calls.map((c) => c.url.searchParams.get('Nonce'))).size).toBe(3)
  })

  it('retries 5xx at most twice, then answers UpstreamUnavailable', async () => {
    server.respondWith(json('oops', 500))
    expect(await call()).toMatchObject({ kind: 'proxy', status: 502, code: 'ProxyError.UpstreamUnavailable' })
    expect(server.calls).toHaveLength(3)
  })

  it('retries RequestLimitExceeded and returns the first success', async () => {
    server.queue(json(errorBody('RequestLimitExceeded', 'throttled-1')))
    server.respondWith(json(okBody('after-retry')))
    expect(await call()).toMatchObject({ status: 200, requestId: 'after-retry' })
    expect(server.calls).toHaveLength(2)
  })

  it('keeps a throttled answer as 429 when every try was throttled', async () => {
    server.respondWith(json(errorBody('RequestLimitExceeded', 'throttled')))
    expect(await call()).toMatchObject({
      status: 429,
      retryAfterSeconds: 1,
      errorCode: 'RequestLimitExceeded',
    })
    expect(server.calls).toHaveLength(3)
  })

  it('does not retry an auth failure or a parameter error', async () => {
    server.respondWith(json(errorBody('AuthFailure.SignatureFailure', 'auth')))
    expect(await call()).toMatchObject({ status: 502, errorCode: 'AuthFailure.SignatureFailure' })
    server.respondWith(json(errorBody('InvalidFilter', 'filter')))
    expect(await call()).toMatchObject({ status: 400, errorCode: 'InvalidFilter' })
    expect(server.calls).toHaveLength(2)
  })

  it('retries a dropped connection, then answers UpstreamUnavailable', async () => {
    server.respondWith(hangUp)
    expect(await call()).toMatchObject({ status: 502, code: 'ProxyError.UpstreamUnavailable' })
    expect(server.calls).toHaveLength(3)
  })

  it('answers UpstreamTimeout when the upstream never answers within the deadline', async () => {
    server.respondWith(neverAnswer)
    expect(await call({ timeoutMs: 50 })).toMatchObject({ status: 504, code: 'ProxyError.UpstreamTimeout' })
    expect(server.calls).toHaveLength(1)
  })

  it('answers UpstreamUnavailable for a port nobody listens on', async () => {
    const closed = await startTestUpstream()
    await closed.close()
    const answer = await createUpstream(settings(closed.endpoint), noWait).describeImages(request)
    expect(answer).toMatchObject({
      code: 'ProxyError.UpstreamUnavailable',
      message: expect.stringContaining('ECONNREFUSED'),
    })
  })

  it('does not follow a redirect away from the configured host', async () => {
    server.respondWith((_call, response) => {
      response.writeHead(302, { location: 'http://169.254.169.254/' }).end()
    })
    expect(await call()).toMatchObject({ status: 502, code: 'ProxyError.BadUpstreamResponse' })
    expect(server.calls).toHaveLength(1)
  })

  it('answers Busy at once when the rate cap would make a call wait too long', async () => {
    const upstream = createUpstream(settings(server.endpoint, { maxRps: 1, queueWaitMs: 10 }), {
      ...noWait,
      now: () => 0,
    })
    expect(await upstream.describeImages(request)).toMatchObject({ status: 200 })
    expect(await upstream.describeImages(request)).toMatchObject({
      status: 503,
      code: 'ProxyError.Busy',
      retryAfterSeconds: 1,
    })
    expect(server.calls).toHaveLength(1)
  })
})
