import fc from 'fast-check'
import type { LightMyRequestResponse } from 'fastify'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DescribeImagesRequest, formatDescribeImagesParams } from '../../core/describe-images.js'
import { DEFAULT_REGION } from '../../core/regions.js'
import { parseDescribeImagesParams } from '../../core/request/params.js'
import { buildEmulatorApp } from '../../emulator/server.js'
import type { Config } from '../config/config.js'
import {
  FAKE,
  liveConfig,
  scanForSecretsAfterAll,
  startTestApp,
  type TestApp,
} from '../test-support/harness.js'
import { hostileQuery } from '../test-support/hostile-queries.js'
import { fuzzOptions, validQuery } from '../test-support/query-arbitraries.js'
import { nearlyValidQuery } from '../test-support/query-mutations.js'

scanForSecretsAfterAll()

/** The signing parameters the proxy adds; everything else in an upstream call is the user's request. */
const COMMON = new Set([
  'Action',
  'Version',
  'Timestamp',
  'Nonce',
  'SecretId',
  'SignatureMethod',
  'Token',
  'Signature',
])
const ENDPOINT = 'http://images.upstream.test/v2/index.php'

/**
 * The upstream is the emulator, in-process through inject: it checks every signature (key and token) and
 * validates every call as Tencent would, and answers instantly, so thousands of queries fit in seconds.
 */
const emulator = buildEmulatorApp({
  secretId: FAKE.secretId,
  secretKey: FAKE.secretKey,
  sessionToken: FAKE.token,
})
const calls: URL[] = []
const emulatorFetch: typeof fetch = async (input) => {
  const url = new URL(String(input))
  calls.push(url)
  const answer = await emulator.inject({ url: `${url.pathname}${url.search}`, headers: { host: url.host } })
  return new Response(answer.body, {
    status: answer.statusCode,
    headers: { 'content-type': 'application/json' },
  })
}

let proxy: TestApp
let config: Config
let fuzzed = 0
beforeAll(async () => {
  // No cache, no rate caps: every accepted query must reach the upstream, and nothing may answer for it.
  config = liveConfig(ENDPOINT, { CACHE_TTL_MS: '0', RATE_LIMIT_PER_MINUTE: '0', UPSTREAM_MAX_RPS: '0' })
  proxy = await startTestApp(config, { fetch: emulatorFetch })
})
afterAll(async () => {
  console.info(`fuzz-route: ${fuzzed} generated queries sent through /api/DescribeImages`)
  await emulator.close()
})

async function send(query: string): Promise<{ response: LightMyRequestResponse; reached: URL[] }> {
  fuzzed++
  const before = calls.length
  const response = await proxy.inject(`/api/DescribeImages?${query}`)
  return { response, reached: calls.slice(before) }
}

/** Never a 5xx, always JSON: the upstream's success body, or Tencent's envelope with the proxy's RequestId. */
function expectSoundAnswer(response: LightMyRequestResponse): void {
  expect(response.statusCode).toBeLessThan(500)
  expect(response.headers['content-type']).toMatch(/^application\/json/)
  const body = response.json()
  if (response.statusCode === 200) {
    expect(body.Response.ImageSet).toBeInstanceOf(Array)
    expect(body.Response.TotalCount).toBeTypeOf('number')
    return
  }
  expect(body).toStrictEqual({
    Response: {
      Error: { Code: expect.any(String), Message: expect.any(String) },
      RequestId: response.headers['x-request-id'],
    },
  })
}

/** The upstream call carries exactly the meant request, signed for the configured host only. */
function expectForwarded(reached: URL[], meant: DescribeImagesRequest): void {
  expect(reached).toHaveLength(1)
  const [url] = reached as [URL]
  expect(`${url.origin}${url.pathname}`).toBe(ENDPOINT)
  const params = [...url.searchParams]
  expect(params.filter(([key]) => !COMMON.has(key))).toEqual(formatDescribeImagesParams(meant))
  expect(url.searchParams.get('Action')).toBe('DescribeImages')
  expect(url.searchParams.get('Version')).toBe('2017-03-12')
}

const isRefusal = (status: number) => status === 400 || status === 414

/** The query as it travels: inject (like a browser) normalizes the URL the WHATWG way before sending it. */
const onTheWire = (query: string) => new URL(`http://localhost/api/DescribeImages?${query}`).search.slice(1)

const FUZZ_TIMEOUT_MS = 60_000

describe('/api/DescribeImages under fuzzing', () => {
  it(
    'forwards every valid query exactly as the user meant it, and the upstream accepts the signature',
    async () => {
      await fc.assert(
        fc.asyncProperty(validQuery, async ({ query, meant }) => {
          const { response, reached } = await send(query)
          expectSoundAnswer(response)
          if (query.length > config.maxQueryLength) {
            expect(response.statusCode).toBe(414)
            expect(reached).toEqual([])
            return
          }
          expect(response.statusCode).toBe(200)
          expectForwarded(reached, meant)
        }),
        fuzzOptions(1500),
      )
    },
    FUZZ_TIMEOUT_MS,
  )

  it(
    'refuses every nearly valid query with 400 and its code, before any upstream call',
    async () => {
      await fc.assert(
        fc.asyncProperty(nearlyValidQuery, async ({ query, code, named }) => {
          const { response, reached } = await send(query)
          expectSoundAnswer(response)
          expect(response.statusCode).toBe(400)
          expect(response.json().Response.Error.Code).toBe(code)
          expect(response.json().Response.Error.Message).toContain(named)
          expect(reached).toEqual([])
        }),
        fuzzOptions(1000),
      )
    },
    FUZZ_TIMEOUT_MS,
  )

  it(
    'answers every hostile query soundly: a refusal reaches nothing, an acceptance reaches the upstream once',
    async () => {
      await fc.assert(
        fc.asyncProperty(hostileQuery, async (generated) => {
          const query = onTheWire(generated)
          const { response, reached } = await send(query)
          expectSoundAnswer(response)
          if (query.length > config.maxQueryLength) expect(response.statusCode).toBe(414)
          if (isRefusal(response.statusCode)) {
            expect(reached).toEqual([])
            return
          }
          expect(response.statusCode).toBe(200)
          const parsed = parseDescribeImagesParams([...new URLSearchParams(query)], {
            defaultRegion: DEFAULT_REGION,
            requireActionAndVersion: false,
          })
          expect(parsed.ok).toBe(true)
          if (parsed.ok) expectForwarded(reached, parsed.request)
        }),
        fuzzOptions(2000),
      )
    },
    FUZZ_TIMEOUT_MS,
  )
})
