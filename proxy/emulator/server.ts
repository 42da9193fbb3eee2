/**
 * The DescribeImages emulator's HTTP server: the legacy endpoint, the API 3.0 endpoint, a health check, and
 * (tests only) the fault control routes. `npm start` in demo mode and every test talk to it over real HTTP with real signatures.
 */
import { randomUUID } from 'node:crypto'
import type { AddressInfo } from 'node:net'
import Fastify, { type FastifyInstance } from 'fastify'
import { errorEnvelope } from '../../core/describe-images.js'
import { API_PATH, registerApi, sendError } from './api.js'
import { registerApiV3, V3_PATH } from './api-v3.js'
import { catalogSource, DEFAULT_CUSTOM_IMAGES } from './catalog.js'
import {
  applyFaultCommand,
  createFaults,
  type FaultController,
  type FaultState,
  parseFaultCommand,
} from './faults.js'
import { Holds } from './holds.js'

export type { Fault, FaultController } from './faults.js'

/** The demo pair `npm start` uses with no credentials; public on purpose (README), worthless anywhere else. */
export const DEMO_SECRET_ID = 'AKIDEmulatorDemo00000000000000000000'
export const DEMO_SECRET_KEY = 'EmulatorDemoSecretKey00000000000'

export interface EmulatorOptions {
  secretId: string
  secretKey: string
  sessionToken?: string
  /** PRIVATE_IMAGE images per region (EMULATOR_IMAGES); the default gives over 300 images per region. */
  customImages?: number
  /** Enables the fault control routes (tests only). */
  faults?: boolean
  /** Millisecond clock for the Timestamp window; injectable for tests. */
  now?: () => number
}

export interface Emulator {
  app: FastifyInstance
  faults: FaultController
}

function registerFaultRoutes(app: FastifyInstance, faults: FaultState): void {
  app.post('/__emulator/faults', async (request, reply) => {
    const command = parseFaultCommand(request.body)
    if (!command) return reply.code(400).send({ error: 'expected { latencyMs?, next?: { count, fault } }' })
    applyFaultCommand(faults, command)
    return reply.code(204).send()
  })
  app.delete('/__emulator/faults', async (_request, reply) => {
    faults.reset()
    return reply.code(204).send()
  })
}

/** Builds the emulator and hands back its fault controller, which works in-process whatever `faults` says. */
export function buildEmulator(options: EmulatorOptions): Emulator {
  // Closing cuts every connection: clients' spare keep-alive sockets would otherwise hold close() for seconds.
  const app = Fastify({ logger: false, forceCloseConnections: true })
  const faults = createFaults()
  const holds = new Holds()
  const context = {
    credentials: {
      secretId: options.secretId,
      secretKey: options.secretKey,
      sessionToken: options.sessionToken,
    },
    catalogs: catalogSource(options.customImages ?? DEFAULT_CUSTOM_IMAGES),
    faults,
    holds,
    now: options.now ?? Date.now,
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
  app.register(async (api) => registerApi(api, context))
  app.register(async (api) => registerApiV3(api, context))
  if (options.faults) registerFaultRoutes(app, faults)
  return { app, faults }
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
  faults: FaultController
  close(): Promise<void>
}

export async function startEmulator(
  options: EmulatorOptions,
  listen: { host?: string; port?: number } = {},
): Promise<RunningEmulator> {
  const { app, faults } = buildEmulator(options)
  const host = listen.host ?? '127.0.0.1'
  await app.listen({ host, port: listen.port ?? 0 })
  const { port } = app.server.address() as AddressInfo
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`
  return {
    origin,
    endpoint: `${origin}${API_PATH}`,
    v3Endpoint: `${origin}${V3_PATH}`,
    faults,
    close: () => app.close(),
  }
}
