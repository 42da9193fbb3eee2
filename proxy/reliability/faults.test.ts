import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Fault } from '../../emulator/faults/faults.js'
import { type RunningEmulator, startEmulator } from '../../emulator/server.js'
import { countingFetch } from '../test-support/counting-fetch.js'
import {
  FAKE,
  liveConfig,
  scanForSecretsAfterAll,
  startTestApp,
  type TestApp,
} from '../test-support/harness.js'
import type { UpstreamDeps } from '../upstream/upstream.js'

scanForSecretsAfterAll()

/** The proxy's whole budget for one call, retries included. */
const TIMEOUT_MS = 800
/** Scheduling slack on a busy 2-core runner; an answer later than budget + slack means the deadline failed. */
const SLACK_MS = 1_500

let emulator: RunningEmulator
let survived = 0
/** Real HTTP to the emulator, counted, so retries can be checked against their bound. */
const upstream = countingFetch()

beforeAll(async () => {
  emulator = await startEmulator({
    secretId: FAKE.secretId,
    secretKey: FAKE.secretKey,
    sessionToken: FAKE.token,
  })
})
afterEach(() => {
  emulator.faults.reset()
  upstream.reset()
})
afterAll(async () => {
  console.info(`faults: ${survived} fault scenarios survived`)
  await emulator.close()
})

/** Backoff jitter 0: retries go at once, so only the faults themselves take time. */
async function proxy(env: Record<string, string> = {}, deps: UpstreamDeps = {}): Promise<TestApp> {
  const config = liveConfig(emulator.endpoint, {
    CACHE_TTL_MS: '0',
    UPSTREAM_TIMEOUT_MS: String(TIMEOUT_MS),
    ...env,
  })
  return startTestApp(config, { fetch: upstream.fetch, random: () => 0, ...deps })
}

let offset = 0
/** A fresh query each time, so nothing is shared between calls. */
async function timedCall(app: TestApp) {
  const started = performance.now()
  const response = await app.inject(`/api/DescribeImages?Limit=3&Offset=${offset++}`)
  return { response, ms: performance.now() - started }
}

function expectEnvelope(response: Awaited<ReturnType<TestApp['inject']>>, code: string): void {
  expect(response.json()).toStrictEqual({
    Response: { Error: { Code: code, Message: expect.any(String) }, RequestId: expect.any(String) },
  })
  expect(response.body).not.toMatch(/at .*\.(ts|js):\d+/)
}

/** After a fault, the very next call is served normally by the same proxy. */
async function expectServesNormally(app: TestApp): Promise<void> {
  emulator.faults.reset()
  const { response } = await timedCall(app)
  expect(response.statusCode).toBe(200)
  expect(response.json().Response.ImageSet).toHaveLength(3)
  survived++
}

interface FaultCase {
  what: string
  fault: Fault
  count: number
  status: number
  code: string
  tries: number
}

const every = 10
const persistent: FaultCase[] = [
  {
    what: 'HTTP 500 on every try',
    fault: { kind: 'http500' },
    count: every,
    status: 502,
    code: 'ProxyError.UpstreamUnavailable',
    tries: 3,
  },
  {
    what: 'a dropped connection on every try',
    fault: { kind: 'drop' },
    count: every,
    status: 502,
    code: 'ProxyError.UpstreamUnavailable',
    tries: 3,
  },
  {
    what: 'a hang',
    fault: { kind: 'hang' },
    count: every,
    status: 504,
    code: 'ProxyError.UpstreamTimeout',
    tries: 1,
  },
  {
    what: 'broken JSON',
    fault: { kind: 'badJson' },
    count: every,
    status: 502,
    code: 'ProxyError.BadUpstreamResponse',
    tries: 1,
  },
  {
    what: 'RequestLimitExceeded on every try',
    fault: { kind: 'error', code: 'RequestLimitExceeded' },
    count: every,
    status: 429,
    code: 'RequestLimitExceeded',
    tries: 3,
  },
  {
    what: 'AuthFailure.SignatureExpire',
    fault: { kind: 'error', code: 'AuthFailure.SignatureExpire' },
    count: every,
    status: 502,
    code: 'AuthFailure.SignatureExpire',
    tries: 1,
  },
  {
    what: 'InvalidRequest.LimitExceeded (the legacy quota) on every try',
    fault: { kind: 'error', code: 'InvalidRequest.LimitExceeded' },
    count: every,
    status: 429,
    code: 'InvalidRequest.LimitExceeded',
    tries: 3,
  },
  {
    what: 'InternalError on every try',
    fault: { kind: 'error', code: 'InternalError' },
    count: every,
    status: 503,
    code: 'InternalError',
    tries: 3,
  },
  {
    what: 'UnauthorizedOperation (no CAM permission)',
    fault: { kind: 'error', code: 'UnauthorizedOperation' },
    count: every,
    status: 403,
    code: 'UnauthorizedOperation',
    tries: 1,
  },
]

describe('upstream faults', () => {
  it.each(persistent)(
    '$what: HTTP $status $code within the budget, $tries tries, then normal service',
    async ({ fault, count, status, code, tries }) => {
      const app = await proxy()
      emulator.faults.failNext(count, fault)
      const { response, ms } = await timedCall(app)
      expect(response.statusCode).toBe(status)
      expectEnvelope(response, code)
      expect(upstream.calls).toBe(tries)
      expect(ms).toBeLessThan(TIMEOUT_MS + SLACK_MS)
      if (status === 429) expect(response.headers['retry-after']).toBe('1')
      await expectServesNormally(app)
    },
  )

  it.each<[string, Fault, number, number]>([
    ['one HTTP 500', { kind: 'http500' }, 1, 2],
    ['one dropped connection', { kind: 'drop' }, 1, 2],
    ['two RequestLimitExceeded', { kind: 'error', code: 'RequestLimitExceeded' }, 2, 3],
  ])('rides out %s with a retry and answers 200', async (_what, fault, count, tries) => {
    const app = await proxy()
    emulator.faults.failNext(count, fault)
    const { response } = await timedCall(app)
    expect(response.statusCode).toBe(200)
    expect(upstream.calls).toBe(tries)
    await expectServesNormally(app)
  })

  it('keeps jittered backoff inside the budget: at most 3 tries, and an answer in time', async () => {
    const app = await proxy({}, { random: Math.random })
    emulator.faults.failNext(every, { kind: 'http500' })
    const { response, ms } = await timedCall(app)
    expect(response.statusCode).toBe(502)
    expect(upstream.calls).toBeGreaterThanOrEqual(1)
    expect(upstream.calls).toBeLessThanOrEqual(3)
    expect(ms).toBeLessThan(TIMEOUT_MS + SLACK_MS)
    await expectServesNormally(app)
  })

  it('waits out a slow answer inside the budget, and gives up on one beyond it', async () => {
    const app = await proxy()
    emulator.faults.setLatency(TIMEOUT_MS / 4)
    expect((await timedCall(app)).response.statusCode).toBe(200)
    emulator.faults.setLatency(TIMEOUT_MS * 5)
    const { response, ms } = await timedCall(app)
    expect(response.statusCode).toBe(504)
    expectEnvelope(response, 'ProxyError.UpstreamTimeout')
    expect(ms).toBeLessThan(TIMEOUT_MS + SLACK_MS)
    await expectServesNormally(app)
  })

  it('maps a real clock skew, refused by the legacy emulator as a replay, to 502 with its envelope', async () => {
    const app = await proxy({}, { now: () => Date.now() - 10 * 60_000 })
    const { response } = await timedCall(app)
    expect(response.statusCode).toBe(502)
    expect(response.json().Response.Error.Code).toBe('InvalidRequest.ReplayAttack')
    expect(upstream.calls).toBe(1)
    await expectServesNormally(await proxy())
  })

  it('under a burst of hangs answers every call with 503 or 504 in time, then serves normally', async () => {
    const app = await proxy({ UPSTREAM_MAX_CONCURRENT: '1' })
    emulator.faults.failNext(every * 10, { kind: 'hang' })
    const burst = await Promise.all(Array.from({ length: 8 }, () => timedCall(app)))
    for (const { response, ms } of burst) {
      expect([503, 504]).toContain(response.statusCode)
      expect(ms).toBeLessThan(2 * TIMEOUT_MS + SLACK_MS)
    }
    // One slot, four waiting per slot: the rest are refused at once rather than queued.
    expect(burst.filter(({ response }) => response.statusCode === 503).length).toBeGreaterThanOrEqual(3)
    await expectServesNormally(app)
  })
})
