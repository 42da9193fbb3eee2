import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningEmulator } from '../../emulator/server.js'
import { liveConfig, scanForSecretsAfterAll, startTestApp, type TestApp } from '../test-support/harness.js'
import { type RedisServer, startRedisServer } from '../test-support/redis-server.js'
import { eventually } from '../test-support/replicas.js'
import { startFakeEmulator } from '../test-support/upstream-fixtures.js'
import type { HttpFetch } from '../upstream/http-fetch.js'
import { undiciFetch } from '../upstream/undici-fetch.js'

scanForSecretsAfterAll()

let emulator: RunningEmulator
let redis: RedisServer
beforeAll(async () => {
  ;[emulator, redis] = await Promise.all([startFakeEmulator(), startRedisServer()])
})
afterAll(async () => {
  await emulator?.close()
  await redis?.stop()
})

interface Sent {
  at: number
  action: string
}

/** The real transport, noting when each call leaves the proxy for the upstream, and which action it is. */
function timedFetch(sent: Sent[]): HttpFetch {
  return (url, init) => {
    sent.push({ at: performance.now(), action: new URL(url).searchParams.get('Action') ?? '' })
    return undiciFetch(url, init)
  }
}

/** The most calls any one-second window holds; every window that starts at a call is checked. */
function busiestSecond(sent: readonly Sent[]): number {
  const times = sent.map(({ at }) => at)
  return Math.max(
    ...times.map((start) => times.filter((time) => time >= start && time < start + 1000).length),
  )
}

const spanOf = (sent: readonly Sent[]) => (sent.at(-1)?.at ?? 0) - (sent[0]?.at ?? 0)

/** Different DescribeImageSharePermission calls at once: ids the emulator does not know, so never cached. */
function shareCalls(apps: readonly TestApp[], count: number, from = 0) {
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      (apps[i % apps.length] as TestApp).inject(
        `/api/DescribeImageSharePermission?ImageId=img-${String(from + i).padStart(8, '0')}`,
      ),
    ),
  )
}

/** Each call reached the upstream (which does not know the image) or got the quick 503 of its wait bound. */
function expectSentOrBusy(answers: { json(): { Response: { Error: { Code: string } } } }[], sent: number) {
  const codes = answers.map((answer) => answer.json().Response.Error.Code)
  expect(codes.filter((code) => code === 'InvalidImageId.NotFound')).toHaveLength(sent)
  expect(
    codes.filter((code) => code !== 'InvalidImageId.NotFound').every((code) => code === 'ProxyError.Busy'),
  ).toBe(true)
}

const env = { CACHE_TTL_MS: '0', RATE_LIMIT_PER_MINUTE: '0', UPSTREAM_MAX_RPS: '25' }

describe('DescribeImageSharePermission is paced at its documented 10 calls per second', () => {
  it('without Redis: 15 calls at once reach the upstream spread out, never 11 in one second', async () => {
    const sent: Sent[] = []
    const app = await startTestApp(liveConfig(emulator.endpoint, env), { fetch: timedFetch(sent) })
    expectSentOrBusy(await shareCalls([app], 15), sent.length)
    // 10 in any second for the 2 s wait bound: most calls go, and no second holds more than 10 of them.
    expect(sent.length).toBeGreaterThanOrEqual(11)
    expect(busiestSecond(sent)).toBeLessThanOrEqual(10)
    await app.app.close()
  })

  it('with Redis: two replicas share the one budget, never 11 in one second between them', async () => {
    const sent: Sent[] = []
    const config = liveConfig(emulator.endpoint, { ...env, REDIS_URL: redis.url, REDIS_PREFIX: 'pace:' })
    const replicas = await Promise.all([1, 2].map(() => startTestApp(config, { fetch: timedFetch(sent) })))
    for (const { inject } of replicas) {
      await eventually(
        async () => (await inject('/readyz')).json().redis,
        (state) => state === 'up',
      )
    }
    expectSentOrBusy(await shareCalls(replicas, 16, 100), sent.length)
    expect(sent.length).toBeGreaterThanOrEqual(11)
    expect(busiestSecond(sent)).toBeLessThanOrEqual(10)
    await Promise.all(replicas.map(({ app }) => app.close()))
  })

  it('while DescribeInstances keeps a budget of its own, at its own pace, at the same time', async () => {
    const sent: Sent[] = []
    const config = liveConfig(emulator.endpoint, { ...env, INSTANCE_API_ENDPOINT: emulator.endpoint })
    const app = await startTestApp(config, { fetch: timedFetch(sent) })
    const [shares, instances] = await Promise.all([
      shareCalls([app], 15, 500),
      Promise.all(
        Array.from({ length: 15 }, (_, i) => app.inject(`/api/DescribeInstances?Offset=${i}&Limit=1`)),
      ),
    ])
    expect(instances.map((answer) => answer.statusCode)).toEqual(instances.map(() => 200))
    expectSentOrBusy(shares, sent.filter(({ action }) => action !== 'DescribeInstances').length)
    const shareSent = sent.filter(({ action }) => action === 'DescribeImageSharePermission')
    const instanceSent = sent.filter(({ action }) => action === 'DescribeInstances')
    // 15 at 10/s take a second and more; 15 at DescribeInstances' 25/s go alongside, not waiting behind them.
    expect(spanOf(shareSent)).toBeGreaterThanOrEqual(1000)
    expect(spanOf(instanceSent)).toBeLessThan(spanOf(shareSent))
    expect(busiestSecond(shareSent)).toBeLessThanOrEqual(10)
    await app.app.close()
  })
})

describe('the read-only actions’ answers in shared mode', () => {
  it("come from another replica's cached answer with X-Cache: SHARED, then from the replica's own (HIT)", async () => {
    const env = {
      REDIS_URL: redis.url,
      REDIS_PREFIX: 'shared-answers:',
      INSTANCE_API_ENDPOINT: emulator.endpoint,
    }
    const config = liveConfig(emulator.endpoint, { ...env, CACHE_TTL_MS: '30000' })
    const replicas = await Promise.all([1, 2].map(() => startTestApp(config)))
    for (const { inject } of replicas) {
      await eventually(
        async () => (await inject('/readyz')).json().redis,
        (state) => state === 'up',
      )
    }
    const [first, second] = replicas
    const url = '/api/DescribeInstances?Limit=3&Offset=9'
    const miss = await first?.inject(url)
    const shared = await second?.inject(url)
    const hit = await second?.inject(url)
    expect([miss, shared, hit].map((answer) => answer?.headers['x-cache'])).toEqual(['MISS', 'SHARED', 'HIT'])
    expect(shared?.body).toBe(miss?.body)
    await Promise.all(replicas.map(({ app }) => app.close()))
  })
})
