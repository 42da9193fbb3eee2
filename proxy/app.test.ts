import type { ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Config } from './config/config.js'
import {
  FAKE,
  liveConfig,
  makeStaticRoot,
  scanForSecretsAfterAll,
  startTestApp,
} from './test-support/harness.js'
import { json, okBody, startTestUpstream, type TestUpstream } from './test-support/test-upstream.js'

scanForSecretsAfterAll()

let upstream: TestUpstream
let staticRoot: string
beforeAll(async () => {
  upstream = await startTestUpstream()
  staticRoot = makeStaticRoot()
})
afterAll(() => upstream.close())

function config(env: Record<string, string> = {}, overrides: Partial<Config> = {}): Config {
  return { ...liveConfig(upstream.endpoint, env), staticRoot, ...overrides }
}

const html = { accept: 'text/html,application/xhtml+xml' }

describe('security headers and CORS', () => {
  it('sends a CSP without inline scripts, nosniff, frame denial and a referrer policy', async () => {
    const { inject } = await startTestApp(config())
    const { headers } = await inject({ url: '/', headers: html })
    const csp = String(headers['content-security-policy'])
    for (const directive of [
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "connect-src 'self'",
      "img-src 'self' data:",
      "frame-ancestors 'none'",
      "base-uri 'none'",
      "form-action 'self'",
    ]) {
      expect(csp).toContain(directive)
    }
    expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/)
    expect(headers['x-content-type-options']).toBe('nosniff')
    expect(headers['x-frame-options']).toBe('DENY')
    expect(headers['referrer-policy']).toBe('no-referrer')
  })

  it('grants no other origin, not even on a preflight', async () => {
    const { inject } = await startTestApp(config())
    const origin = { origin: 'https://evil.example', 'access-control-request-method': 'GET' }
    const preflight = await inject({ method: 'OPTIONS', url: '/api/DescribeImages', headers: origin })
    const get = await inject({ url: '/api/info', headers: origin })
    for (const response of [preflight, get]) {
      expect(Object.keys(response.headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
    }
    expect(preflight.statusCode).toBe(405)
  })
})

/** Static keys from the environment, as /readyz and /api/info report them: masked, never expiring. */
const staticReport = {
  source: 'env',
  role: null,
  secretId: 'AKID…Fake',
  expiresAt: null,
  lastRefresh: null,
  lastError: null,
}

describe('operations', () => {
  it('answers /healthz and /readyz', async () => {
    const { inject } = await startTestApp(config())
    expect((await inject('/healthz')).json()).toEqual({ status: 'ok' })
    const ready = await inject('/readyz')
    expect(ready.statusCode).toBe(200)
    expect(ready.json()).toEqual({
      status: 'ready',
      mode: 'live',
      checks: { configuration: true, credentials: true, clock: true },
      credentials: staticReport,
    })
    expect(upstream.calls).toHaveLength(0)
  })

  it('is not ready without credentials or with a clock from the past', async () => {
    const noKeys = await startTestApp(config({}, { credentialSource: null }))
    const notReady = await noKeys.inject('/readyz')
    expect(notReady.statusCode).toBe(503)
    expect(notReady.json().checks).toMatchObject({ credentials: false, clock: true })
    expect((await noKeys.inject('/api/DescribeImages')).json().Response.Error.Code).toBe(
      'ProxyError.NotReady',
    )
    const stale = await startTestApp(config(), { now: () => Date.UTC(2001, 0, 1) })
    expect((await stale.inject('/readyz')).json().checks).toMatchObject({ credentials: true, clock: false })
  })

  it('describes itself at /api/info without a secret', async () => {
    const { inject } = await startTestApp(config({ SIGNATURE_METHOD: 'HmacSHA1' }))
    const response = await inject('/api/info')
    expect(response.json()).toEqual({
      mode: 'live',
      api: 'legacy',
      defaultRegion: 'ap-guangzhou',
      signatureMethod: 'HmacSHA1',
      endpointHost: new URL(upstream.endpoint).host,
      version: expect.stringMatching(/^\d+\.\d+\.\d+/),
      credentials: staticReport,
      user: null,
      signOut: false,
    })
    expect(response.body).not.toContain(FAKE.secretId)
  })
})

describe('/api boundaries', () => {
  it('answers unknown API paths with a 404 envelope', async () => {
    const { inject } = await startTestApp(config())
    for (const url of ['/api/runInstances', '/api', '/api/DescribeImages/extra']) {
      const response = await inject({ url, headers: html })
      expect(response.statusCode).toBe(404)
      expect(response.json().Response.Error.Code).toBe('ResourceNotFound')
    }
    // An action name is an action: a write action is refused as one, never looked for.
    const write = await inject({ url: '/api/RunInstances', headers: html })
    expect(write.statusCode).toBe(400)
    expect(write.json().Response.Error.Code).toBe('UnsupportedOperation.ReadOnly')
  })

  it.each(['POST', 'PUT', 'DELETE', 'PATCH'])('refuses %s with 405 and an Allow header', async (method) => {
    const { inject } = await startTestApp(config())
    const response = await inject({ method: method as 'POST', url: '/api/DescribeImages', payload: { a: 1 } })
    expect(response.statusCode).toBe(405)
    expect(response.headers.allow).toBe('GET, HEAD')
    expect(response.json().Response.Error.Code).toBe('UnsupportedOperation')
    expect(upstream.calls).toHaveLength(0)
  })

  it('caps the query size', async () => {
    const { inject } = await startTestApp(config())
    const response = await inject(
      `/api/DescribeImages?Filters.0.Name=image-name&Filters.0.Values.0=${'x'.repeat(9000)}`,
    )
    expect(response.statusCode).toBe(414)
    expect(response.json().Response.Error.Code).toBe('RequestSizeLimitExceeded')
    expect(upstream.calls).toHaveLength(0)
  })

  it('rate-limits each client on /api only, with 429, Retry-After and the envelope', async () => {
    const { inject } = await startTestApp(config({ RATE_LIMIT_PER_MINUTE: '2' }))
    for (let page = 0; page < 5; page++) expect((await inject('/assets/app.js')).statusCode).toBe(200)
    expect((await inject('/api/info')).statusCode).toBe(200)
    expect((await inject('/api/info')).statusCode).toBe(200)
    const limited = await inject('/api/info')
    expect(limited.statusCode).toBe(429)
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0)
    expect(limited.json()).toEqual({
      Response: {
        Error: { Code: 'RequestLimitExceeded', Message: expect.stringContaining('retry in') },
        RequestId: limited.headers['x-request-id'],
      },
    })
    const otherClient = await inject({ url: '/api/info', remoteAddress: '127.0.0.9' })
    expect(otherClient.statusCode).toBe(200)
    expect((await inject('/healthz')).statusCode).toBe(200)
  })
})

describe('Basic auth', () => {
  const credentials = `${FAKE.basicUser}:${FAKE.basicPassword}`
  const basic = (text: string) => ({ authorization: `Basic ${Buffer.from(text).toString('base64')}` })

  it('guards everything when BASIC_AUTH is set', async () => {
    const { inject } = await startTestApp(config({ HOST: '0.0.0.0', BASIC_AUTH: credentials }))
    for (const url of ['/', '/healthz', '/api/info', '/assets/app.js']) {
      const response = await inject({ url, headers: html })
      expect(response.statusCode).toBe(401)
      expect(response.headers['www-authenticate']).toMatch(/^Basic realm="CVM Image Browser"/)
      expect(response.json().Response.Error.Code).toBe('AuthFailure.Unauthorized')
    }
    expect((await inject({ url: '/api/info', headers: basic(`${FAKE.basicUser}:wrong`) })).statusCode).toBe(
      401,
    )
    expect(
      (await inject({ url: '/api/info', headers: basic(`other:${FAKE.basicPassword}`) })).statusCode,
    ).toBe(401)
    const allowed = await inject({ url: '/api/info', headers: basic(credentials) })
    expect(allowed.statusCode).toBe(200)
    expect(allowed.headers['content-security-policy']).toBeDefined()
  })

  it('stays open off loopback only with ALLOW_UNAUTHENTICATED=1', async () => {
    const { inject } = await startTestApp(config({ HOST: '0.0.0.0', ALLOW_UNAUTHENTICATED: '1' }))
    expect((await inject('/api/info')).statusCode).toBe(200)
  })
})

describe('graceful shutdown', () => {
  it('finishes the call in flight before closing', async () => {
    const held: ServerResponse[] = []
    upstream.respondWith((_call, response) => held.push(response))
    const { app } = await startTestApp(config())
    await app.listen({ host: '127.0.0.1', port: 0 })
    const { port } = app.server.address() as AddressInfo
    const inFlight = fetch(`http://127.0.0.1:${port}/api/DescribeImages?Limit=7`)
    await upstream.waitForCalls(1)
    let closed = false
    const closing = app.close().then(() => {
      closed = true
    })
    await new Promise((resolve) => setImmediate(resolve))
    expect(closed).toBe(false)
    held[0]?.writeHead(200, { 'content-type': 'application/json' }).end(okBody('finished-after-close'))
    const response = await inFlight
    expect(response.status).toBe(200)
    expect(((await response.json()) as { Response: { RequestId: string } }).Response.RequestId).toBe(
      'finished-after-close',
    )
    await closing
    expect(closed).toBe(true)
    upstream.respondWith(json(okBody('default-request-id')))
  })
})
