import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { RunningEmulator } from '../../emulator/server.js'
import { liveConfig, scanForSecretsAfterAll, startTestApp, type TestApp } from '../test-support/harness.js'
import { type RedisServer, startRedisServer } from '../test-support/redis-server.js'
import { eventually } from '../test-support/replicas.js'
import { startFakeEmulator } from '../test-support/upstream-fixtures.js'
import { type HttpFetch, httpFetch } from '../upstream/http-fetch.js'

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

/** The real transport, noting when each call leaves the proxy for the upstream. */
function timedFetch(sent: number[]): HttpFetch {
  return (url, init) => {
    sent.push(performance.now())
    return httpFetch(url, init)
  }
}

/** The most calls any one-second window holds; every window that starts at a call is checked. */
function busiestSecond(times: readonly number[]): number {
  return Math.max(
    ...times.map((start) => times.filter((time) => time >= start && time < start + 1000).length),
  )
}

/** `count` different DescribeImageSharePermission calls at once (ids the emulator does not know: never cached). */
function burst(app: TestApp, count: number, from: number) {
  const ids = Array.from({ length: count }, (_, i) => `img-${String(from + i).padStart(8, '0')}`)
  return Promise.all(ids.map((id) => app.inject(`/api/DescribeImageSharePermission?ImageId=${id}`)))
}

const env = { CACHE_TTL_MS: '0', RATE_LIMIT_PER_MINUTE: '0', UPSTREAM_MAX_RPS: '25' }

describe('DescribeImageSharePermission is paced at its documented 10 calls per second', () => {
  it('without Redis: 15 calls at once reach the upstream spread out, never 11 in one second', async () => {
    const sent: number[] = []
    const app = await startTestApp(liveConfig(emulator.endpoint, env), { fetch: timedFetch(sent) })
    const answers = await burst(app, 15, 0)
    expect(answers.map((answer) => answer.json().Response.Error.Code)).toEqual(
      answers.map(() => 'InvalidImageId.NotFound'),
    )
    expect(sent).toHaveLength(15)
    expect(busiestSecond(sent)).toBeLessThanOrEqual(10)
    // Paced, not bunched: the 11th call leaves at least a second after the first.
    expect((sent[10] ?? 0) - (sent[0] ?? 0)).toBeGreaterThanOrEqual(1000)
    await app.app.close()
  })

  it('with Redis: two replicas share the one budget, never 11 in one second between them', async () => {
    const sent: number[] = []
    const config = liveConfig(emulator.endpoint, { ...env, REDIS_URL: redis.url, REDIS_PREFIX: 'pace:' })
    const replicas = await Promise.all([1, 2].map(() => startTestApp(config, { fetch: timedFetch(sent) })))
    for (const { inject } of replicas) {
      await eventually(
        async () => (await inject('/readyz')).json().redis,
        (state) => state === 'up',
      )
    }
    const answers = (
      await Promise.all(replicas.map((replica, index) => burst(replica, 8, index * 100)))
    ).flat()
    const codes = answers.map((answer) => answer.json().Response.Error.Code)
    expect(codes.filter((code) => code === 'InvalidImageId.NotFound').length).toBe(sent.length)
    expect(sent.length).toBeGreaterThanOrEqual(14)
    expect(busiestSecond(sent)).toBeLessThanOrEqual(10)
    expect((sent[10] ?? 0) - (sent[0] ?? 0)).toBeGreaterThanOrEqual(1000)
    await Promise.all(replicas.map(({ app }) => app.close()))
  })

  it('while DescribeInstances keeps a budget of its own at the same time', async () => {
    const sent: number[] = []
    const app = await startTestApp(
      liveConfig(emulator.endpoint, { ...env, INSTANCE_API_ENDPOINT: emulator.endpoint }),
      {
        fetch: timedFetch(sent),
      },
    )
    const started = performance.now()
    const [shares, instances] = await Promise.all([
      burst(app, 10, 500),
      Promise.all(
        Array.from({ length: 10 }, (_, i) => app.inject(`/api/DescribeInstances?Offset=${i}&Limit=1`)),
      ),
    ])
    expect(instances.every((answer) => answer.statusCode === 200)).toBe(true)
    expect(shares.every((answer) => answer.statusCode === 400)).toBe(true)
    // 10 at 10/s and 10 at 25/s side by side: about a second, not the two a single shared pace would take.
    expect(performance.now() - started).toBeLessThan(1500)
    await app.app.close()
  })
})
