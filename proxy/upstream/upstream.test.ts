import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { SignatureMethod } from '../../core/signing/v1.js'
import { startEmulator } from '../../emulator/server.js'
import { FAKE } from '../test-support/harness.js'
import {
  errorBody,
  hangUp,
  json,
  neverAnswer,
  okBody,
  startTestUpstream,
  type TestUpstream,
} from '../test-support/test-upstream.js'
import {
  fakeProvider as credentials,
  noWait,
  sampleRequest as request,
  upstreamSettings as settings,
} from '../test-support/upstream-fixtures.js'
import { createUpstream, type UpstreamSettings } from './upstream.js'

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
          credentials: credentials(token, 'wrong-key'),
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

describe('sending, retrying and mapping', () => {
  let server: TestUpstream
  beforeAll(async () => {
    server = await startTestUpstream()
  })
  afterEach(() => server.reset())
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
