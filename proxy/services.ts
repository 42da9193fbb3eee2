/**
 * What every part of the app is registered with. Each part (hooks, security, a route family) exports
 * `registerX(app, services)`, and app.ts awaits them in order: one way to put a part on the app.
 */
import type { FastifyInstance } from 'fastify'
import type { PageRenderer } from '../core/page-render.js'
import type { AuditTrail } from './auth/audit-trail.js'
import type { Config } from './config/config.js'
import type { CredentialProvider } from './credentials/provider.js'
import type { SharedMode } from './shared/shared-mode.js'
import type { UpstreamAnswer } from './upstream/answer.js'
import type { ResponseCache } from './upstream/cache.js'
import type { Upstream } from './upstream/upstream.js'

export interface Services {
  config: Config
  /** Wall clock in ms. */
  now: () => number
  /** The keys to sign with and their status; null when none are configured. */
  credentials: CredentialProvider | null
  /** Null when no credentials are configured: DescribeImages answers 503 and /readyz says why. */
  upstream: Upstream | null
  /** This replica's answers (and identical calls in flight); `shared.cache` is every replica's. */
  cache: ResponseCache<CachedAnswer>
  /** Null unless REDIS_URL is set. */
  shared: SharedMode | null
  /** The audit trail: one line per API call, sign-in, sign-out and refusal. */
  audit: AuditTrail
  /** Renders page URLs on the server; null when rendering is off or not built (the static shell is served). */
  renderer?: PageRenderer | null
}

/** An answer and whether it came from another replica through the shared cache. */
export interface CachedAnswer {
  answer: UpstreamAnswer
  shared: boolean
  /**
   * The upstream's body as UTF-8 bytes, encoded on the first answer from the cache and kept with it: later
   * ones are sent as they are, with no length to count or text to encode again. A first answer sends the
   * text, which costs no more than encoding it.
   */
  bytes?: Buffer
}

export type RegisterPart = (app: FastifyInstance, services: Services) => Promise<void>
