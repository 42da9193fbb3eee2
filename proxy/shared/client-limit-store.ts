/**
 * The per-client limit's store for @fastify/rate-limit: its own Redis store while Redis answers, so every
 * replica counts the same client together, and its in-memory store while Redis is down.
 */
import type {
  FastifyRateLimitOptions,
  FastifyRateLimitStore,
  FastifyRateLimitStoreCtor,
  RateLimitPluginOptions,
} from '@fastify/rate-limit'
import LocalStore from '@fastify/rate-limit/store/LocalStore.js'
import RedisStore from '@fastify/rate-limit/store/RedisStore.js'
import type { RedisLink } from './redis-link.js'

type Counted = { current: number; ttl: number }
type Done = (error: Error | null, result?: Counted) => void

export function clientLimitStore(link: RedisLink): FastifyRateLimitStoreCtor {
  return class ClientLimitStore implements FastifyRateLimitStore {
    readonly #shared: RedisStore
    readonly #local: LocalStore

    constructor(options: FastifyRateLimitOptions) {
      // The plugin passes its merged settings; these two are among them, though its types leave them out.
      const { continueExceeding = false, exponentialBackoff = false } = options as RateLimitPluginOptions
      this.#shared = new RedisStore(continueExceeding, exponentialBackoff, link.client, 'client-limit:')
      this.#local = new LocalStore(continueExceeding, exponentialBackoff)
    }

    incr(key: string, done: Done, timeWindow: number, max: number): void {
      const counted = link.use(
        () =>
          new Promise<Counted>((resolve, reject) => {
            this.#shared.incr(
              key,
              (error, result) => (result ? resolve(result) : reject(error)),
              timeWindow,
              max,
            )
          }),
      )
      counted.then((result) => {
        if (result) done(null, result)
        else this.#local.incr(key, (error, local) => done(error, local ?? undefined), timeWindow, max)
      })
    }

    /** Route-level limits are not used: the /api hook counts every request against one limit. */
    child(): FastifyRateLimitStore {
      return this
    }
  }
}
