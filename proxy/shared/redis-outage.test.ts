import { describe, expect, it } from 'vitest'
import { logEntries, scanForSecretsAfterAll, type TestApp } from '../test-support/harness.js'
import { eventually, replicaSuite } from '../test-support/replicas.js'

scanForSecretsAfterAll()

const suite = replicaSuite()

const redisState = async ({ inject }: TestApp) => {
  const response = await inject('/readyz')
  return { code: response.statusCode, ...(response.json() as { status: string; redis?: string }) }
}

const stateLines = (app: TestApp) =>
  logEntries(app.logs)
    .map((entry) => String(entry.msg))
    .filter((msg) => msg.startsWith('Redis'))

describe('Redis going away and coming back', () => {
  it('falls back to each replica alone, still ready, then shares again by itself', async () => {
    const replicas = await suite.replicas(2, { CACHE_TTL_MS: '30000', UPSTREAM_REPLICAS: '2' })
    const [a, b] = replicas as [TestApp, TestApp]
    expect(await redisState(a)).toMatchObject({ code: 200, status: 'ready', redis: 'up' })
    await suite.redis.stop()
    try {
      const down = await eventually(
        () => redisState(a),
        (state) => state.redis === 'down',
      )
      expect(down).toMatchObject({ code: 200, status: 'ready', redis: 'down' })
      const first = await a.inject('/api/DescribeImages?Offset=101')
      const second = await b.inject('/api/DescribeImages?Offset=101')
      expect([first.statusCode, second.statusCode]).toEqual([200, 200])
      // Alone, b cannot see a's answer.
      expect([first.headers['x-cache'], second.headers['x-cache']]).toEqual(['MISS', 'MISS'])
    } finally {
      await suite.redis.start()
    }
    for (const replica of replicas) {
      expect(
        await eventually(
          () => redisState(replica),
          (state) => state.redis === 'up',
        ),
      ).toMatchObject({
        redis: 'up',
      })
    }
    expect((await a.inject('/api/DescribeImages?Offset=102')).headers['x-cache']).toBe('MISS')
    expect((await b.inject('/api/DescribeImages?Offset=102')).headers['x-cache']).toBe('SHARED')
    // One line per change of state, however many calls failed meanwhile.
    expect(stateLines(a)).toEqual([
      'Redis answers: replicas share limits and cache',
      'Redis is down: this replica limits itself alone',
      'Redis answers: replicas share limits and cache',
    ])
  })

  it('treats a Redis slower than the 50 ms budget as down, and recovers when it answers again', async () => {
    const [app] = (await suite.replicas(1, { CACHE_TTL_MS: '30000' })) as [TestApp]
    suite.redis.pause()
    try {
      const started = Date.now()
      const answer = await app.inject('/api/DescribeImages?Offset=201')
      expect(answer.statusCode).toBe(200)
      expect(Date.now() - started).toBeLessThan(1_000)
      expect(await redisState(app)).toMatchObject({ code: 200, status: 'ready', redis: 'down' })
    } finally {
      suite.redis.resume()
    }
    expect(
      await eventually(
        () => redisState(app),
        (state) => state.redis === 'up',
      ),
    ).toMatchObject({
      redis: 'up',
    })
    const down = logEntries(app.logs).find((entry) => String(entry.msg).startsWith('Redis is down'))
    expect(down?.reason).toBe('slower than 50 ms')
  })
})
