/**
 * Several proxy replicas in one test, as buildApp builds them, sharing one real redis-server and calling one
 * real emulator over HTTP with real signatures; the emulator counts what reaches it.
 */
import { afterAll, beforeAll } from 'vitest'
import { type RunningEmulator, startEmulator } from '../../emulator/server.js'
import { FAKE, liveConfig, startTestApp, type TestApp } from './harness.js'
import { type RedisServer, startRedisServer } from './redis-server.js'

export interface ReplicaSuite {
  redis: RedisServer
  emulator: RunningEmulator
  /** `count` replicas with the same settings, each key prefix new so that tests do not meet. */
  replicas(count: number, env?: Record<string, string>): Promise<TestApp[]>
}

let prefixes = 0

export function replicaSuite(): ReplicaSuite {
  const apps: TestApp[] = []
  const suite = {} as ReplicaSuite
  beforeAll(async () => {
    suite.redis = await startRedisServer()
    suite.emulator = await startEmulator({
      secretId: FAKE.secretId,
      secretKey: FAKE.secretKey,
      sessionToken: FAKE.token,
      customImages: 50,
      maxRps: 40,
    })
  })
  afterAll(async () => {
    await Promise.all(apps.map(({ app }) => app.close()))
    await suite.emulator?.close()
    await suite.redis?.stop()
  })
  suite.replicas = async (count, env = {}) => {
    prefixes += 1
    const config = liveConfig(suite.emulator.endpoint, {
      REDIS_URL: suite.redis.url,
      REDIS_PREFIX: `test-${process.pid}-${prefixes}:`,
      ...env,
    })
    const started = await Promise.all(Array.from({ length: count }, () => startTestApp(config)))
    apps.push(...started)
    // A busy machine may take longer than buildApp's first wait to connect: start every test shared.
    for (const { inject } of started) {
      await eventually(
        async () => (await inject('/readyz')).json().redis,
        (redis) => redis === 'up',
      )
    }
    return started
  }
  return suite
}

/** DescribeImages calls the emulator received so far, and how many it refused for its quota. */
export function upstreamTotals(emulator: RunningEmulator): { calls: number; refused: number } {
  return emulator.quota
    .seconds()
    .reduce((sum, second) => ({ calls: sum.calls + second.calls, refused: sum.refused + second.refused }), {
      calls: 0,
      refused: 0,
    })
}

/** Polls `check` until it holds or `ms` pass; the last value either way. */
export async function eventually<T>(check: () => Promise<T>, holds: (value: T) => boolean, ms = 5_000) {
  const deadline = Date.now() + ms
  let value = await check()
  while (!holds(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50))
    value = await check()
  }
  return value
}
