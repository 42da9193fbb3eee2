import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from '../config/config.js'
import {
  emptySources,
  FAKE,
  liveConfig,
  scanForSecretsAfterAll,
  startTestApp,
  type TestApp,
} from '../test-support/harness.js'
import { hostileQuery } from '../test-support/hostile-queries.js'
import { fuzzOptions, validQuery } from '../test-support/query-arbitraries.js'
import { okBody } from '../test-support/test-upstream.js'

scanForSecretsAfterAll()

const ENDPOINT = 'http://images.upstream.test/v2/index.php'
const calls: URL[] = []
/** Records where the proxy would go, and answers at once. */
const recordingFetch: typeof fetch = async (input) => {
  calls.push(new URL(String(input)))
  return new Response(okBody('reach-request-id'), { headers: { 'content-type': 'application/json' } })
}

const env = { CACHE_TTL_MS: '0', RATE_LIMIT_PER_MINUTE: '0', UPSTREAM_MAX_RPS: '0' }
let open: TestApp
let guarded: TestApp
let probes = 0
beforeAll(async () => {
  open = await startTestApp(liveConfig(ENDPOINT, env), { fetch: recordingFetch })
  const basic = { ...env, HOST: '0.0.0.0', BASIC_AUTH: `${FAKE.basicUser}:${FAKE.basicPassword}` }
  guarded = await startTestApp(liveConfig(ENDPOINT, basic), { fetch: recordingFetch })
})
afterAll(() => {
  console.info(`reach: ${probes} generated requests probed`)
})

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'] as const
const PATHS = [
  '/api/DescribeImages',
  '/api/RunInstances',
  '/api/describeimages',
  '/API/DescribeImages',
  '/api/DescribeImages/',
  '/api/%44escribeImages',
  '/api/DescribeImages%2F..%2FRunInstances',
  '/api/DescribeImages;Action=RunInstances',
  '/api/info',
  '/api',
  '/v2/index.php',
  '/healthz',
  '/',
  'http://evil.example/api/DescribeImages',
  'https://images.upstream.test.evil.example/api/DescribeImages',
]
const QUERIES = [
  'Action=RunInstances',
  'Action=DescribeImages&Action=RunInstances',
  'Endpoint=http%3A%2F%2Fevil.example%2F',
  'Region=http%3A%2F%2Fevil.example',
  'Host=evil.example',
  'Version=2017-03-12&Action=DescribeInstances',
]
const HEADERS = fc.record(
  {
    host: fc.constantFrom('evil.example', 'images.upstream.test', '127.0.0.1:9', 'localhost', '[::1]:80'),
    'x-forwarded-host': fc.constantFrom('evil.example', '169.254.169.254'),
    'x-forwarded-proto': fc.constantFrom('https', 'gopher'),
    forwarded: fc.constant('for=1.2.3.4;host=evil.example;proto=https'),
    'x-original-url': fc.constantFrom('/api/RunInstances', 'http://evil.example/'),
    'x-rewrite-url': fc.constant('/v2/index.php?Action=RunInstances'),
    'x-http-method-override': fc.constantFrom('POST', 'DELETE'),
    origin: fc.constantFrom('https://evil.example', 'null', 'http://127.0.0.1:1'),
  },
  { requiredKeys: [] },
)

/** Weighted toward real DescribeImages calls, so the headers and odd paths meet calls that do go out. */
const request = fc.record({
  method: fc.oneof({ weight: 6, arbitrary: fc.constant('GET') }, fc.constantFrom(...METHODS)),
  path: fc.oneof({ weight: 3, arbitrary: fc.constant('/api/DescribeImages') }, fc.constantFrom(...PATHS)),
  query: fc.oneof(
    { weight: 3, arbitrary: validQuery.map(({ query }) => query) },
    fc.constantFrom(...QUERIES),
    hostileQuery,
  ),
  headers: HEADERS,
})

function expectNoCrossOriginGrant(headers: Record<string, unknown>): void {
  expect(Object.keys(headers).filter((name) => name.startsWith('access-control-'))).toEqual([])
}

describe('reach: the proxy is not a relay', () => {
  it('calls nothing but DescribeImages on the configured endpoint, whatever the method, path, query or headers', async () => {
    await fc.assert(
      fc.asyncProperty(request, async ({ method, path, query, headers }) => {
        probes++
        const before = calls.length
        const response = await open.inject({ method, url: `${path}?${query}`, headers })
        const reached = calls.slice(before)
        expect(response.statusCode).toBeLessThan(500)
        expect(reached.length).toBeLessThanOrEqual(1)
        for (const url of reached) {
          expect(`${url.origin}${url.pathname}`).toBe(ENDPOINT)
          expect(url.searchParams.getAll('Action')).toEqual(['DescribeImages'])
          expect(response.headers['x-cache']).toBe('MISS')
        }
        if (method !== 'GET' && method !== 'HEAD') expect(reached).toEqual([])
        expectNoCrossOriginGrant(response.headers)
        expect(response.headers['content-security-policy']).toMatch(/script-src 'self'(;|$)/)
        expect(response.headers['x-content-type-options']).toBe('nosniff')
      }),
      fuzzOptions(1500),
    )
    // Not vacuous: a good share of the generated requests were real DescribeImages calls.
    expect(calls.length).toBeGreaterThan(200)
  }, 60_000)
})

describe('reach: off loopback, nothing without Basic auth', () => {
  it('refuses to start bound off loopback with neither BASIC_AUTH nor ALLOW_UNAUTHENTICATED', () => {
    const host = fc.oneof(
      fc.ipV4().filter((ip) => !ip.startsWith('127.')),
      fc.constantFrom('0.0.0.0', '::', '10.0.0.5', 'images.internal', '[::]'),
    )
    fc.assert(
      fc.property(host, (HOST) => {
        probes++
        const start = () => loadConfig({ HOST }, emptySources())
        expect(start).toThrow(ConfigError)
        expect(start).toThrow(/^BASIC_AUTH: /)
      }),
      fuzzOptions(300),
    )
  })

  it('answers every request without the right credentials with 401, the envelope, and no upstream call', async () => {
    const credentials = fc.constantFrom(
      undefined,
      `${FAKE.basicUser}:wrong`,
      `other:${FAKE.basicPassword}`,
      `${FAKE.basicUser}:${FAKE.basicPassword}x`,
      `${FAKE.basicUser}`,
      '',
    )
    await fc.assert(
      fc.asyncProperty(request, credentials, async ({ method, path, query, headers }, given) => {
        probes++
        const before = calls.length
        const authorization =
          given === undefined ? {} : { authorization: `Basic ${Buffer.from(given).toString('base64')}` }
        const response = await guarded.inject({
          method,
          url: `${path}?${query}`,
          headers: { ...headers, ...authorization },
        })
        expect(response.statusCode).toBe(401)
        expect(response.headers['www-authenticate']).toMatch(/^Basic /)
        if (method !== 'HEAD') expect(response.json().Response.Error.Code).toBe('AuthFailure.Unauthorized')
        expect(calls.length).toBe(before)
      }),
      fuzzOptions(500),
    )
  })
})
