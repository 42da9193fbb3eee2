/** GET /api/DescribeImages: validate before anything else, then answer from the cache or the upstream. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { ResponseCache } from '../cache.js'
import type { TencentCloudApi } from '../config.js'
import {
  normalizeRequestKey,
  type ParamList,
  type ParseOptions,
  parseDescribeImagesParams,
} from '../describe-images.js'
import { type ParseV3Result, parseDescribeImagesV3Params } from '../describe-images-v3.js'
import { sendError } from '../http-errors.js'
import type { Upstream } from '../upstream.js'
import type { UpstreamAnswer } from '../upstream-answer.js'

export interface DescribeImagesRouteOptions {
  /** The same query either way; v3 also lets the 3.0 tag filters through (tag-key, tag-value, tag:<key>). */
  api: TencentCloudApi
  defaultRegion: string
  /** Null when no credentials are configured: the route then answers 503 and /readyz says why. */
  upstream: Upstream | null
  cache: ResponseCache<UpstreamAnswer>
}

/** The raw query as sent, so repeated names and their order survive for the validator. */
function queryParams(url: string): [string, string][] {
  const mark = url.indexOf('?')
  return mark === -1 ? [] : [...new URLSearchParams(url.slice(mark + 1))]
}

export function registerDescribeImages(api: FastifyInstance, options: DescribeImagesRouteOptions): void {
  const parse: (params: ParamList, parseOptions: ParseOptions) => ParseV3Result =
    options.api === 'v3' ? parseDescribeImagesV3Params : parseDescribeImagesParams
  api.get('/DescribeImages', async (request: FastifyRequest, reply: FastifyReply) => {
    const parsed = parse(queryParams(request.url), {
      defaultRegion: options.defaultRegion,
      requireActionAndVersion: false,
    })
    if (!parsed.ok) return sendError(reply, 400, parsed.error.code, parsed.error.message)
    const upstream = options.upstream
    if (!upstream) {
      return sendError(reply, 503, 'ProxyError.NotReady', 'The proxy has no credentials to sign with.')
    }
    const key = normalizeRequestKey(parsed.request)
    const { value: answer, hit } = await options.cache.get(key, () => upstream.describeImages(parsed.request))
    const cache = hit ? 'hit' : 'miss'
    request.trace = { cache, upstreamRequestId: answer.kind === 'upstream' ? answer.requestId : undefined }
    reply.header('x-cache', cache)
    if (answer.retryAfterSeconds !== undefined) reply.header('retry-after', String(answer.retryAfterSeconds))
    if (answer.kind === 'proxy') return sendError(reply, answer.status, answer.code, answer.message)
    return reply.code(answer.status).type('application/json; charset=utf-8').send(answer.body)
  })
}
