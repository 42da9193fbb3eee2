/**
 * Everything under /api: its own rate limiter (so pages and assets never use up a client's budget),
 * GET/HEAD only, a cap on query size, no caching by the browser, and 404s in Tencent's envelope.
 */
import rateLimit from '@fastify/rate-limit'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../config.js'
import { HttpError, sendError } from '../http-errors.js'
import { type DescribeImagesRouteOptions, registerDescribeImages } from './describe-images.js'

export interface ApiOptions extends Omit<DescribeImagesRouteOptions, 'api'> {
  config: Config
}

const READ_METHODS = new Set(['GET', 'HEAD'])

export function apiInfo(config: Config) {
  return {
    mode: config.mode,
    api: config.api,
    defaultRegion: config.defaultRegion,
    signatureMethod: config.signatureMethod,
    endpointHost: config.endpoint.host,
    version: config.version,
  }
}

export async function apiRoutes(api: FastifyInstance, options: ApiOptions): Promise<void> {
  const { config } = options
  if (config.rateLimitPerMinute > 0) {
    // A context hook rather than per-route ones, so it runs first and counts every /api request, 405s included.
    await api.register(rateLimit, {
      global: false,
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
  api.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('cache-control', 'no-store')
    if (!READ_METHODS.has(request.method)) {
      reply.header('allow', 'GET, HEAD')
      return sendError(
        reply,
        405,
        'UnsupportedOperation',
        `The method ${request.method} is not allowed on /api.`,
      )
    }
    const mark = request.url.indexOf('?')
    if (mark !== -1 && request.url.length - mark - 1 > config.maxQueryLength) {
      return sendError(
        reply,
        414,
        'RequestSizeLimitExceeded',
        `The query is longer than ${config.maxQueryLength} bytes.`,
      )
    }
  })
  api.get('/info', async () => apiInfo(config))
  registerDescribeImages(api, { ...options, api: config.api })
  api.all('/*', async (request, reply) => {
    const path = request.url.split('?')[0]
    return sendError(
      reply,
      404,
      'ResourceNotFound',
      `There is no API at ${JSON.stringify(path?.slice(0, 80))}.`,
    )
  })
}
