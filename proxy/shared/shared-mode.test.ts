import { describe, expect, it } from 'vitest'
import { scanForSecretsAfterAll } from '../test-support/harness.js'
import { replicaSuite, upstreamTotals } from '../test-support/replicas.js'

scanForSecretsAfterAll()

const suite = replicaSuite()

describe('replicas sharing one Redis', () => {
  it('keep their upstream calls together under UPSTREAM_MAX_RPS, counted by the upstream', async () => {
    const replicas = await suite.replicas(3, {
      UPSTREAM_MAX_RPS: '5',
      UPSTREAM_REPLICAS: '3',
      CACHE_TTL_MS: '0',
      RATE_LIMIT_PER_MINUTE: '0',
    })
    const before = upstreamTotals(suite.emulator)
    // 30 different queries per replica at once: far more than 5/s, so each must wait for shared turns.
    const answers = await Promise.all(
      replicas.flatMap(({ inject }, replica) =>
        Array.from({ length: 30 }, (_, call) => inject(`/api/DescribeImages?Offset=${replica * 30 + call}`)),
      ),
    )
    const statuses = answers.map((answer) => answer.statusCode)
    const served = statuses.filter((status) => status === 200).length
    const after = upstreamTotals(suite.emulator)
    // A Redis slower than its budget on a busy machine would rightly put a replica on its own.
    expect(replicas.flatMap(({ logs }) => logs).filter((line) => line.includes('Redis is down'))).toEqual([])
    expect(new Set(statuses)).toEqual(new Set([200, 503]))
    expect(after.calls - before.calls).toBe(served)
    // Paced at 5/s for the 2 s wait bound: about 10 calls in all, where 3 replicas alone would make 40 or
    // more. (Per-second windows are measured by `npm run load` with each replica in its own process: here one
    // busy process also runs the upstream, which may see calls late and bunched together.)
    expect(served).toBeGreaterThanOrEqual(8)
    expect(served).toBeLessThanOrEqual(12)
    expect(after.refused).toBe(0)
    const busy = answers.find((answer) => answer.statusCode === 503)
    expect(busy?.json().Response.Error.Code).toBe('ProxyError.Busy')
  })

  it("answer from another replica's cached answer with X-Cache: SHARED, then from their own (HIT)", async () => {
    const [first, second, third] = await suite.replicas(3, { CACHE_TTL_MS: '30000' })
    const url = '/api/DescribeImages?Limit=3&Offset=7'
    const miss = await first?.inject(url)
    const shared = await second?.inject(url)
    const hit = await second?.inject(url)
    const sharedToo = await third?.inject(url)
    expect([miss, shared, hit, sharedToo].map((answer) => answer?.headers['x-cache'])).toEqual([
      'MISS',
      'SHARED',
      'HIT',
      'SHARED',
    ])
    expect(shared?.body).toBe(miss?.body)
    expect(sharedToo?.body).toBe(miss?.body)
  })

  it('do not share answers between API modes', async () => {
    const [legacy] = await suite.replicas(1, { CACHE_TTL_MS: '30000', REDIS_PREFIX: 'modes:' })
    const [v3] = await suite.replicas(1, {
      CACHE_TTL_MS: '30000',
      REDIS_PREFIX: 'modes:',
      TENCENTCLOUD_API: 'v3',
      IMAGE_API_ENDPOINT: suite.emulator.v3Endpoint,
    })
    expect((await legacy?.inject('/api/DescribeImages?Limit=1'))?.headers['x-cache']).toBe('MISS')
    expect((await v3?.inject('/api/DescribeImages?Limit=1'))?.headers['x-cache']).toBe('MISS')
  })

  it('count one client together against RATE_LIMIT_PER_MINUTE', async () => {
    const replicas = await suite.replicas(3, { RATE_LIMIT_PER_MINUTE: '4' })
    const statuses = []
    for (let call = 0; call < 6; call++) {
      const replica = replicas[call % 3]
      statuses.push((await replica?.inject({ url: '/api/info', remoteAddress: '198.51.100.7' }))?.statusCode)
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429])
    const other = await replicas[0]?.inject({ url: '/api/info', remoteAddress: '198.51.100.8' })
    expect(other?.statusCode).toBe(200)
  })

  it('put no secret and no SecretId in any Redis key', async () => {
    const [replica] = await suite.replicas(1, { CACHE_TTL_MS: '30000', REDIS_PREFIX: 'keys:' })
    await replica?.inject('/api/DescribeImages?Limit=2')
    const { Redis } = await import('ioredis')
    const client = new Redis(suite.redis.url)
    const keys = await client.keys('keys:*')
    await client.quit()
    expect(keys.some((key) => key.startsWith('keys:answer:legacy:'))).toBe(true)
    expect(keys.some((key) => key.startsWith('keys:upstream-bucket:127.0.0.1:'))).toBe(true)
    expect(keys.some((key) => key.startsWith('keys:client-limit:'))).toBe(true)
    expect(keys.join('\n')).not.toMatch(/AKID|SK-fake|TOKEN-fake/)
  })
})
