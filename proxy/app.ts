/** buildApp(config, deps): the proxy's HTTP app with every route registered explicitly. Never listens. */
import { randomUUID } from 'node:crypto'
import Fastify, { type FastifyBaseLogger, type FastifyInstance, LogController } from 'fastify'
import type { DestinationStream, Logger } from 'pino'
import type { PageRenderer } from '../core/page-render.js'
import { createAuditTrail } from './auth/audit-trail.js'
import { registerAuth } from './auth/register-auth.js'
import type { Config } from './config/config.js'
import { createCredentialProvider } from './credentials/create-provider.js'
import type { CredentialProvider } from './credentials/provider.js'
import { handleClientError, handleError, handleFrameworkError } from './http/errors.js'
import { createLogger } from './http/logger.js'
import { registerRequestHooks } from './http/request-hooks.js'
import { registerSecurity } from './http/security.js'
import { registerApi } from './routes/api.js'
import { registerHealth } from './routes/health.js'
import { loadRenderer } from './routes/page-renderer.js'
import { registerPages } from './routes/pages.js'
import type { CachedAnswer, RegisterPart, Services } from './services.js'
import { startSharedMode } from './shared/shared-mode.js'
import { createResponseCache } from './upstream/cache.js'
import { undiciFetch } from './upstream/undici-fetch.js'
import { createUpstream, type Upstream, type UpstreamDeps } from './upstream/upstream.js'

export interface AppDeps extends UpstreamDeps {
  /** Replaces the signing upstream client entirely. */
  upstream?: Upstream
  /** Where log lines go; stdout when absent. */
  logDestination?: DestinationStream
  /** Replaces the built page renderer (dist-ssr/) that config.render names. */
  renderer?: PageRenderer
}

const CACHE_MAX_ENTRIES = 1000

/** In order: hooks and security headers first, the pages last (they own the not-found handler). */
const PARTS: readonly RegisterPart[] = [
  registerRequestHooks,
  registerSecurity,
  registerAuth,
  registerHealth,
  registerApi,
  registerPages,
]

/** Every secret value the process holds now, for the logger's redaction by value. */
function secretValues(config: Config, credentials: { current: CredentialProvider | null }): string[] {
  const source = config.credentialSource
  const base = source?.kind === 'assume-role' ? source.base : undefined
  return [
    ...(credentials.current?.secretValues() ?? []),
    base?.secretKey.reveal(),
    base?.token?.reveal(),
    config.basicAuth?.password.reveal(),
    ...authSecrets(config),
    ...redisPassword(config),
  ].filter((value): value is string => value !== undefined && value !== '')
}

/** The session secret and the OpenID client secret of AUTH=oidc. */
function authSecrets({ auth }: Config): (string | undefined)[] {
  if (auth.mode !== 'oidc') return []
  return [auth.oidc.session.secret.reveal(), auth.oidc.clientSecret?.reveal()]
}

/** The password in REDIS_URL, as written and as decoded; the rest of the URL may be logged. */
function redisPassword(config: Config): string[] {
  const password = config.redis ? new URL(config.redis.url.reveal()).password : ''
  return password === '' ? [] : [password, decodeURIComponent(password)]
}

function buildCredentials(config: Config, deps: AppDeps, logger: Logger): CredentialProvider | null {
  if (!config.credentialSource) return null
  return createCredentialProvider(config.credentialSource, {
    fetch: deps.fetch ?? undiciFetch,
    stsTimeoutMs: config.upstreamTimeoutMs,
    now: deps.now,
    log: (level, fields, message) => logger[level](fields, message),
  })
}

function buildUpstream(
  config: Config,
  deps: AppDeps,
  credentials: CredentialProvider | null,
): Upstream | null {
  if (deps.upstream) return deps.upstream
  if (!credentials) return null
  const settings = {
    endpoint: config.endpoint,
    instanceEndpoint: config.instanceEndpoint,
    credentials,
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
  const holder: { current: CredentialProvider | null } = { current: null }
  const logger = createLogger({
    level: config.logLevel,
    secrets: () => secretValues(config, holder),
    destination: deps.logDestination,
  })
  holder.current = buildCredentials(config, deps, logger)
  const shared = config.redis ? await startSharedMode(config, config.redis, logger, now) : null
  const app = Fastify({
    loggerInstance: logger as FastifyBaseLogger,
    // request-hooks.ts writes the one line per request.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    requestIdHeader: false,
    bodyLimit: 16 * 1024,
    clientErrorHandler: handleClientError,
    frameworkErrors: handleFrameworkError,
  })
  app.setErrorHandler(handleError)
  const credentials = holder.current
  app.addHook('onClose', async () => credentials?.close())
  if (shared) app.addHook('onClose', () => shared.link.close())
  const audit = createAuditTrail({
    log: logger,
    file: config.auditLog,
    secrets: () => secretValues(config, holder),
  })
  app.addHook('onClose', () => audit.close())
  const services: Services = {
    config,
    now,
    credentials,
    upstream: buildUpstream(config, { gateFor: shared?.gateFor, ...deps }, credentials),
    shared,
    audit,
    renderer: await loadRenderer(config, deps.renderer),
    cache: createResponseCache<CachedAnswer>({
      ttlMs: config.cacheTtlMs,
      maxEntries: CACHE_MAX_ENTRIES,
      now,
      isCacheable: ({ answer }) => answer.kind === 'upstream' && answer.status === 200,
    }),
  }
  for (const register of PARTS) await register(app, services)
  return app
}
