/**
 * The one connection to Redis in shared mode, and whether shared mode is on right now. Every call has a 50 ms
 * budget; when calls fail or run over, the link goes down and the replica works alone (in-memory limiter, no
 * shared cache) until Redis answers a PING in time again. Each change of state is logged once.
 */
import type { FastifyBaseLogger } from 'fastify'
import { Redis } from 'ioredis'
import type { RedisSettings } from '../config/shared-settings.js'

export const REDIS_BUDGET_MS = 50
/** How often a link that is down checks whether Redis answers again. */
const PROBE_EVERY_MS = 500
/**
 * Calls over budget in a row before the link counts as down. A lone slow call (often this process being
 * busy, not Redis) falls back for itself alone; a lost connection counts at once.
 */
const SLOW_CALLS_TO_GO_DOWN = 3

export interface RedisLink {
  readonly client: Redis
  /** True while Redis answers within the budget: the replicas share state. */
  readonly up: boolean
  /** Runs one call within the budget; undefined when the link is down or the call fails (then it goes down). */
  use<T>(call: (client: Redis) => Promise<T>): Promise<T | undefined>
  /** Resolves once the link is up, or after `ms` whatever happened; never rejects. */
  whenUp(ms: number): Promise<boolean>
  close(): Promise<void>
}

class OverBudgetError extends Error {}

/** A system error code (ECONNREFUSED) or the budget: safe to log, unlike a whole message. */
function reasonOf(error: unknown): string {
  if (error instanceof OverBudgetError) return `slower than ${REDIS_BUDGET_MS} ms`
  const code = (error as { code?: unknown }).code
  return typeof code === 'string' && /^[A-Z_]+$/.test(code) ? code : 'unreachable'
}

/**
 * The call's answer, or OverBudgetError after REDIS_BUDGET_MS. The timer's rejection waits for the event
 * loop's I/O phase to pass once: an answer that arrived in time while this process was busy still counts.
 */
function withinBudget<T>(call: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => setImmediate(() => reject(new OverBudgetError())), REDIS_BUDGET_MS)
  })
  return Promise.race([call, late]).finally(() => clearTimeout(timer))
}

export function createRedisLink(settings: RedisSettings, log: FastifyBaseLogger): RedisLink {
  const client = new Redis(settings.url.reveal(), {
    keyPrefix: settings.prefix,
    // Fail at once while disconnected rather than queue: the replica falls back instead of waiting.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 1_000,
    retryStrategy: (times) => Math.min(times * 100, 1_000),
    lazyConnect: true,
  })
  let up = false
  let closed = false
  let slowInARow = 0
  const waiters = new Set<() => void>()

  const setUp = (next: boolean, reason?: string) => {
    if (next === up || closed) return
    up = next
    slowInARow = 0
    if (next) {
      log.info({ redis: settings.safeUrl }, 'Redis answers: replicas share limits and cache')
      for (const wake of waiters) wake()
    } else {
      log.warn({ redis: settings.safeUrl, reason }, 'Redis is down: this replica limits itself alone')
    }
  }

  const probe = () => {
    if (up || closed || client.status !== 'ready') return
    withinBudget(client.ping()).then(
      () => setUp(true),
      () => {},
    )
  }
  client.on('ready', probe)
  client.on('error', (error) => setUp(false, reasonOf(error)))
  client.on('close', () => setUp(false, 'connection closed'))
  const timer = setInterval(probe, PROBE_EVERY_MS)
  timer.unref()
  client.connect().catch(() => {})

  return {
    client,
    get up() {
      return up
    },
    async use(call) {
      if (!up) return undefined
      try {
        const value = await withinBudget(call(client))
        slowInARow = 0
        return value
      } catch (error) {
        slowInARow = error instanceof OverBudgetError ? slowInARow + 1 : SLOW_CALLS_TO_GO_DOWN
        if (slowInARow >= SLOW_CALLS_TO_GO_DOWN) setUp(false, reasonOf(error))
        return undefined
      }
    },
    whenUp(ms) {
      if (up) return Promise.resolve(true)
      return new Promise((resolve) => {
        const done = () => {
          clearTimeout(timeout)
          waiters.delete(done)
          resolve(up)
        }
        const timeout = setTimeout(done, ms)
        waiters.add(done)
      })
    },
    async close() {
      closed = true
      clearInterval(timer)
      for (const wake of waiters) wake()
      client.disconnect()
    },
  }
}
