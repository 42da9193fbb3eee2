/**
 * Shared mode (REDIS_URL set): one Redis link, and on it the upstream budget, the answer cache and the
 * per-client limit that every replica shares. Unset, the proxy keeps everything in memory.
 */
import { setTimeout as delay } from 'node:timers/promises'
import type { FastifyBaseLogger } from 'fastify'
import type { Config } from '../config/config.js'
import type { RedisSettings } from '../config/shared-settings.js'
import { createRedisLink, type RedisLink } from './redis-link.js'
import { createSharedCache, type SharedCache } from './shared-cache.js'
import { bucketKey, createSharedGate } from './upstream-gate.js'

export interface SharedMode {
  link: RedisLink
  cache: SharedCache
  /** The upstream's rate gate; undefined without credentials (no upstream calls at all). */
  takeToken: ((maxWaitMs?: number) => Promise<void>) | undefined
}

/** A replica starting next to a healthy Redis begins in shared mode rather than alone. */
const FIRST_CONNECT_WAIT_MS = 1_000

export async function startSharedMode(
  config: Config,
  redis: RedisSettings,
  log: FastifyBaseLogger,
  now: () => number,
): Promise<SharedMode> {
  const link = createRedisLink(redis, log)
  await link.whenUp(FIRST_CONNECT_WAIT_MS)
  const secretId = config.credentials?.secretId ?? ''
  const takeToken = config.credentials
    ? createSharedGate({
        link,
        key: bucketKey(config.endpoint, secretId),
        maxRps: config.upstreamMaxRps,
        replicas: config.upstreamReplicas,
        maxWaitMs: config.upstreamQueueWaitMs,
        now,
        sleep: (ms) => delay(ms),
      })
    : undefined
  const cache = createSharedCache({ link, ttlMs: config.cacheTtlMs, scope: { api: config.api, secretId } })
  return { link, cache, takeToken }
}
