/**
 * Answers shared between replicas: successful upstream answers in Redis for CACHE_TTL_MS, under the
 * normalized request key plus the signing identity and API mode. Each replica keeps its own in-memory cache
 * (which also coalesces identical calls) in front of this one.
 *
 * Not async-cache-dedupe: its Redis storage keeps whole seconds of TTL (CACHE_TTL_MS is in ms) and one layer
 * only, so a caller could not tell this replica's answer (HIT) from another replica's (SHARED).
 */
import { createHash } from 'node:crypto'
import type { UpstreamAnswer } from '../upstream/answer.js'
import type { RedisLink } from './redis-link.js'

export interface SharedCache {
  /** The stored answer, or undefined when there is none or Redis is down. */
  get(key: string): Promise<UpstreamAnswer | undefined>
  /** Stores a successful answer; does nothing while Redis is down. */
  set(key: string, answer: UpstreamAnswer): Promise<void>
}

export interface SharedCacheOptions {
  link: RedisLink
  ttlMs: number
  /** The API mode and the signing identity (shared-mode.ts signingIdentity): answers differ by both. */
  scope: { api: string; identity: string }
}

/** Reads back only what set() writes; anything else in Redis is ignored. */
function parseStored(text: string | null): UpstreamAnswer | undefined {
  if (text === null) return undefined
  try {
    const { body, requestId } = JSON.parse(text) as { body?: unknown; requestId?: unknown }
    if (typeof body !== 'string' || typeof requestId !== 'string') return undefined
    return { kind: 'upstream', status: 200, body, requestId, errorCode: null }
  } catch {
    return undefined
  }
}

export function createSharedCache(options: SharedCacheOptions): SharedCache {
  const { link, ttlMs, scope } = options
  const identity = createHash('sha256').update(scope.identity).digest('hex').slice(0, 16)
  // A digest keeps keys short whatever the query; the request key itself holds no secret either way.
  const redisKey = (key: string) =>
    `answer:${scope.api}:${identity}:${createHash('sha256').update(key).digest('base64url')}`
  return {
    async get(key) {
      if (ttlMs === 0) return undefined
      return parseStored((await link.use((client) => client.get(redisKey(key)))) ?? null)
    },
    async set(key, answer) {
      if (ttlMs === 0 || answer.kind !== 'upstream' || answer.status !== 200) return
      const stored = JSON.stringify({ body: answer.body, requestId: answer.requestId })
      await link.use((client) => client.set(redisKey(key), stored, 'PX', ttlMs))
    },
  }
}
