/**
 * Everything under /api: its own rate limiter (so pages and assets never use up a client's budget),
 * GET/HEAD only, a cap on query size, no caching by the browser, and 404s in Tencent's envelope.
 */
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { READ_METHODS } from '../../core/read-actions.js'
import { registerApiAudit } from '../auth/api-audit.js'
import { HttpError, sendError } from '../http/errors.js'
import type { RegisterPart, Services } from '../services.js'
import { clientLimitStore } from '../shared/client-limit-store.js'
import { registerDescribeImages } from './describe-images.js'
import { registerInfo } from './info.js'
import { registerReadActions, sendNoApi } from './read-actions.js'
import { registerRegions } from './regions.js'

/** The route families under /api, each registered the way every part is. */
const API_PARTS: readonly RegisterPart[] = [
  registerInfo,
  registerDescribeImages,
  registerRegions,
  registerReadActions,
]

async function registerGuards(api: FastifyInstance, { config, shared }: Services): Promise<void> {
  if (config.rateLimitPerMinute > 0) {
    // A context hook rather than per-route ones, so it runs first and counts every /api request, 405s included.
    await api.register(rateLimit, {
      global: false,
      // Keyed by the user when there is one; else by request.ip: the socket address, or the client's own
      // with TRUST_PROXY.
      keyGenerator: (request) => (request.user ? `user:${request.user}` : request.ip),
      ...(shared ? { store: clientLimitStore(shared.link) } : {}),
      max: config.rateLimitPerMinute,
      timeWindow: 60_000,
      errorResponseBuilder: (_request, context) =>
        new HttpError(
          429,
          'RequestLimitExceeded',
          `Too many requests from this client; retry in ${context.after}.`,
        ),
    })
    api.addHook('onRequest', api.rateLimit())
  }
  // A callback hook: no promise per request. Answering here ends the request; done() lets it through.
  api.addHook('onRequest', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    reply.header('cache-control', 'no-store')
    if (!READ_METHODS.has(request.method)) {
      reply.header('allow', 'GET, HEAD')
      sendError(reply, 405, 'UnsupportedOperation', `The method ${request.method} is not allowed on /api.`)
      return
    }
    const mark = request.url.indexOf('?')
    if (mark !== -1 && request.url.length - mark - 1 > config.maxQueryLength) {
      sendError(
        reply,
        414,
        'RequestSizeLimitExceeded',
        `The query is longer than ${config.maxQueryLength} bytes.`,
      )
      return
    }
    done()
  })
}

export async function registerApi(app: FastifyInstance, services: Services): Promise<void> {
  await app.register(
    async (api) => {
      await registerApiAudit(api, services.audit, services.now)
      await registerGuards(api, services)
      for (const register of API_PARTS) await register(api, services)
      api.all('/*', async (request, reply) => sendNoApi(request, reply))
    },
    { prefix: '/api' },
  )
}
