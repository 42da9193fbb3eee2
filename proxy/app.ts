/** buildApp(config, deps): the proxy's HTTP app with every route registered explicitly. Never listens. */
import { randomUUID } from 'node:crypto'
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify'
import type { DestinationStream } from 'pino'
import { createResponseCache } from './cache.js'
import type { Config } from './config.js'
import { handleClientError, handleError, handleFrameworkError } from './http-errors.js'
import { createLogger } from './logger.js'
import { addRequestHooks } from './request-hooks.js'
import { apiRoutes } from './routes/api.js'
import { healthRoutes } from './routes/health.js'
import { pageRoutes } from './routes/pages.js'
import { registerSecurity } from './security.js'
import { createUpstream, type Upstream, type UpstreamDeps } from './upstream.js'
import type { UpstreamAnswer } from './upstream-answer.js'

export interface AppDeps extends UpstreamDeps {
  /** Replaces the signing upstream client entirely. */
  upstream?: Upstream
  /** Where log lines go; stdout when absent. */
  logDestination?: DestinationStream
}

const CACHE_MAX_ENTRIES = 1000

/** Every secret value the process holds, for the logger's redaction by value. */
function secretValues(config: Config): string[] {
  const credentials = [config.credentials, config.emulator.credentials]
  return [
    ...credentials.flatMap((pair) => [pair?.secretKey.reveal(), pair?.token?.reveal()]),
    config.basicAuth?.password.reveal(),
  ].filter((value): value is string => value !== undefined && value !== '')
}

function buildUpstream(config: Config, deps: AppDeps): Upstream | null {
  if (deps.upstream) return deps.upstream
  if (!config.credentials) return null
  const settings = {
    endpoint: config.endpoint,
    credentials: config.credentials,
    signatureMethod: config.signatureMethod,
    timeoutMs: config.upstreamTimeoutMs,
    maxConcurrent: config.upstreamMaxConcurrent,
    maxRps: config.upstreamMaxRps,
    queueWaitMs: config.upstreamQueueWaitMs,
  }
  return createUpstream(settings, deps)
}

export async function buildApp(config: Config, deps: AppDeps = {}): Promise<FastifyInstance> {
  const now = deps.now ?? Date.now
  const logger: FastifyBaseLogger = createLogger({
    level: config.logLevel,
    secrets: secretValues(config),
    destination: deps.logDestination,
  })
  const app = Fastify({
    loggerInstance: logger,
    // request-hooks.ts writes the one line per request.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 16 * 1024,
    clientErrorHandler: handleClientError,
    frameworkErrors: handleFrameworkError,
  })
  app.setErrorHandler(handleError)
  addRequestHooks(app)
  await registerSecurity(app, config)
  healthRoutes(app, config, now)
  const cache = createResponseCache<UpstreamAnswer>({
    ttlMs: config.cacheTtlMs,
    maxEntries: CACHE_MAX_ENTRIES,
    now,
    isCacheable: (answer) => answer.kind === 'upstream' && answer.status === 200,
  })
  const upstream = buildUpstream(config, deps)
  await app.register(apiRoutes, {
    prefix: '/api',
    config,
    defaultRegion: config.defaultRegion,
    upstream,
    cache,
  })
  await pageRoutes(app, config.staticRoot)
  return app
}
