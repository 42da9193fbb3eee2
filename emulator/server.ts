/**
 * The DescribeImages emulator's HTTP server: the legacy endpoint, the API 3.0 endpoint, a health check, and
 * (tests only) the fault control routes. `npm start` in demo mode and every test talk to it over real HTTP with real signatures.
 */
import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import Fastify, { type FastifyInstance } from 'fastify'
import { errorEnvelope } from '../core/describe-images.js'
import { API_PATH, registerLegacyApi } from './api/legacy.js'
import { sendError } from './api/reply.js'
import { registerV3Api, V3_PATH } from './api/v3.js'
import { catalogSource, DEFAULT_CUSTOM_IMAGES } from './catalog/catalog.js'
import { DEFAULT_CREDENTIAL_TTL_S, type EmulatorCredentials } from './config.js'
import { createFaults, type FaultController } from './faults/faults.js'
import { Holds } from './faults/holds.js'
import { registerFaultRoutes } from './faults/routes.js'
import { DEFAULT_INSTANCES, fleetSource } from './fleet/fleet.js'
import type { IdentityContext } from './identity/identity.js'
import { KeyRing } from './identity/key-ring.js'
import { registerMetadata } from './identity/metadata.js'
import { registerSts, STS_PATH } from './identity/sts.js'
import { registerIdentityTestRoutes } from './identity/test-routes.js'
import { createQuota, type Quota } from './quota.js'

export interface EmulatorOptions extends EmulatorCredentials {
  /** PRIVATE_IMAGE images per region (EMULATOR_IMAGES); the default gives over 300 images per region. */
  customImages?: number
  /** Instances per region in the demo fleet (EMULATOR_INSTANCES). */
  instances?: number
  /** Actions answered with the permission error (EMULATOR_DENY), as for a role without them. */
  deny?: readonly string[]
  /** Enables the fault control routes (tests only). */
  faults?: boolean
  /**
   * Closing lets answers in flight finish (`npm run emulator` on SIGTERM); otherwise it cuts every connection,
   * so clients' spare keep-alive sockets never hold a test's close() for seconds.
   */
  graceful?: boolean
  /** DescribeImages calls per second and SecretId (EMULATOR_MAX_RPS); 0 or absent = no quota. */
  maxRps?: number
  /** The instant the catalog's dates count back from (EMULATOR_NOW); default: when the emulator is built. */
  catalogNow?: number
  /** Millisecond clock for the Timestamp window; injectable for tests. */
  now?: () => number
  /** Lifetime of the metadata service's and STS's temporary keys (EMULATOR_CREDENTIAL_TTL_S). */
  credentialTtlSeconds?: number
  /** The OIDC token AssumeRoleWithWebIdentity accepts (EMULATOR_WEB_IDENTITY_TOKEN_FILE). */
  webIdentityTokenFile?: string
}

export interface Emulator {
  app: FastifyInstance
  faults: FaultController
  quota: Quota
  /** The key ring and the metadata service's on/off switch. */
  identity: IdentityContext
}

/** Builds the emulator and hands back its fault controller, which works in-process whatever `faults` says. */
export function buildEmulator(options: EmulatorOptions): Emulator {
  const app = Fastify({ logger: false, forceCloseConnections: options.graceful ? 'idle' : true })
  const faults = createFaults()
  const holds = new Holds()
  const now = options.now ?? Date.now
  const quota = createQuota({ maxRps: options.maxRps ?? 0, now })
  const identity: IdentityContext = {
    keys: new KeyRing(now),
    ttlSeconds: options.credentialTtlSeconds ?? DEFAULT_CREDENTIAL_TTL_S,
    webIdentityTokenFile: options.webIdentityTokenFile,
    now,
    metadataDown: false,
  }
  const catalogs = catalogSource(
    options.catalogNow ?? Date.now(),
    options.customImages ?? DEFAULT_CUSTOM_IMAGES,
  )
  const context = {
    keys: identity.keys,
    credentials: {
      secretId: options.secretId,
      secretKey: options.secretKey,
      sessionToken: options.sessionToken,
    },
    catalogs,
    fleets: fleetSource(catalogs, options.instances ?? DEFAULT_INSTANCES),
    deny: new Set(options.deny ?? []),
    faults,
    holds,
    quota,
    now,
  }
  app.addHook('preClose', async () => holds.releaseAll())
  // Like Tencent, every failure is an envelope with HTTP 200; internal details never leave the process.
  app.setErrorHandler((error: { statusCode?: number }, _request, reply) => {
    const status = error.statusCode ?? 500
    if (status === 413)
      return sendError(reply, { code: 'RequestSizeLimitExceeded', message: 'The request is too large.' })
    if (status === 415) {
      return sendError(reply, {
        code: 'InvalidParameter',
        message: 'The body must be application/x-www-form-urlencoded.',
      })
    }
    if (status < 500)
      return sendError(reply, { code: 'InvalidParameter', message: 'The request could not be read.' })
    return sendError(reply, { code: 'InternalError', message: 'An internal error occurred.' })
  })
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send(
        errorEnvelope(
          'ResourceNotFound',
          `No route ${request.method} ${request.url.split('?')[0]}; use ${API_PATH} or POST ${V3_PATH} (API 3.0).`,
          randomUUID(),
        ),
      ),
  )
  app.get('/healthz', async () => ({ status: 'ok' }))
  app.register(async (api) => registerLegacyApi(api, context))
  app.register(async (api) => registerV3Api(api, context))
  app.register(async (api) => registerSts(api, identity, context.credentials))
  registerMetadata(app, identity)
  if (options.faults) {
    registerFaultRoutes(app, faults, quota)
    registerIdentityTestRoutes(app, identity)
  }
  return { app, faults, quota, identity }
}

export function buildEmulatorApp(options: EmulatorOptions): FastifyInstance {
  return buildEmulator(options).app
}

export interface RunningEmulator {
  /** `http://127.0.0.1:PORT` */
  origin: string
  /** origin + '/v2/index.php' */
  endpoint: string
  /** origin + '/': API 3.0 calls, POST with a JSON body and TC3-HMAC-SHA256. */
  v3Endpoint: string
  /** origin + '/sts/': STS AssumeRole and AssumeRoleWithWebIdentity (TENCENTCLOUD_STS_ENDPOINT). */
  stsEndpoint: string
  faults: FaultController
  quota: Quota
  identity: IdentityContext
  close(): Promise<void>
}

export async function startEmulator(
  options: EmulatorOptions,
  listen: { host?: string; port?: number } = {},
): Promise<RunningEmulator> {
  const { app, faults, quota, identity } = buildEmulator(options)
  const host = listen.host ?? '127.0.0.1'
  await app.listen({ host, port: listen.port ?? 0 })
  const { port } = app.server.address() as AddressInfo
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  return {
    origin,
    endpoint: `${origin}${API_PATH}`,
    v3Endpoint: `${origin}${V3_PATH}`,
    stsEndpoint: `${origin}${STS_PATH}`,
    faults,
    quota,
    identity,
    close: () => app.close(),
  }
}
