/**
 * Several replicas on loopback, as a team runs them: a real redis-server, the emulator with Tencent's 40/s
 * quota standing in for the cloud, N proxy replicas in shared mode, and one round-robin address in front.
 * `npm run cluster` starts one and waits; `npm run load -- --replicas N` drives load through one.
 */
import { type RedisServer, startRedisServer } from '../../proxy/test-support/redis-server.js'
import { LEGACY_API_PATH } from './paths.js'
import { type RoundRobin, startRoundRobin } from './round-robin.js'
import { type StartedApp, startApp } from './start-app.js'

export interface Cluster {
  /** The round-robin address. */
  url: string
  redis: RedisServer
  emulator: StartedApp
  replicas: StartedApp[]
  /** The emulator's per-second DescribeImages counts (GET) and their reset (DELETE). */
  callsUrl: string
  stop(): Promise<void>
}

export interface ClusterOptions {
  replicas: number
  /** The round-robin address's port on 127.0.0.1; 0 or absent: a free one. */
  port?: number
  /** Set on every replica, on top of the cluster's own settings. */
  env?: Record<string, string>
  onLine?: (line: string) => void
}

/** Public on purpose, like the demo pair: they sign calls to the local emulator and nothing else. */
const CLUSTER_CREDENTIALS = {
  secretId: 'AKIDclusterDemo000000000000000000000',
  secretKey: 'cluster-demo-secret-key-0b7e5d2a',
}

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const redis = await startRedisServer()
  const emulator = await startApp({
    program: 'emulator',
    faults: true,
    env: {
      EMULATOR_SECRET_ID: CLUSTER_CREDENTIALS.secretId,
      EMULATOR_SECRET_KEY: CLUSTER_CREDENTIALS.secretKey,
    },
  })
  const env = {
    TENCENTCLOUD_SECRET_ID: CLUSTER_CREDENTIALS.secretId,
    TENCENTCLOUD_SECRET_KEY: CLUSTER_CREDENTIALS.secretKey,
    IMAGE_API_ENDPOINT: `${emulator.url}${LEGACY_API_PATH}`,
    REDIS_URL: redis.url,
    UPSTREAM_REPLICAS: String(options.replicas),
    TRUST_PROXY: '127.0.0.1',
    ...options.env,
  }
  // The first replica builds what is stale (web and server); the others start from that build.
  const first = await startApp({ env, onLine: options.onLine })
  const others = await Promise.all(
    Array.from({ length: options.replicas - 1 }, () =>
      startApp({ env, prebuilt: true, onLine: options.onLine }),
    ),
  )
  const replicas = [first, ...others]
  const stopBehind = async () => {
    await Promise.all(replicas.map((replica) => replica.stop()))
    await emulator.stop()
    await redis.stop()
  }
  // A front port already taken leaves nothing behind.
  const front: RoundRobin = await startRoundRobin(
    replicas.map((replica) => replica.url),
    options.port,
  ).catch(async (error: unknown) => {
    await stopBehind()
    throw error
  })
  return {
    url: front.url,
    redis,
    emulator,
    replicas,
    callsUrl: `${emulator.url}/__emulator/calls`,
    /** The front first, its answers in flight finished, then each replica (SIGTERM: theirs finish too). */
    async stop() {
      await front.close()
      await stopBehind()
    },
  }
}
