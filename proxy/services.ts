/**
 * What every part of the app is registered with. Each part (hooks, security, a route family) exports
 * `registerX(app, services)`, and app.ts awaits them in order: one way to put a part on the app.
 */
import type { FastifyInstance } from 'fastify'
import type { Config } from './config/config.js'
import type { UpstreamAnswer } from './upstream/answer.js'
import type { ResponseCache } from './upstream/cache.js'
import type { Upstream } from './upstream/upstream.js'

export interface Services {
  config: Config
  /** Wall clock in ms. */
  now: () => number
  /** Null when no credentials are configured: DescribeImages answers 503 and /readyz says why. */
  upstream: Upstream | null
  cache: ResponseCache<UpstreamAnswer>
}

export type RegisterPart = (app: FastifyInstance, services: Services) => Promise<void>
