/** GET /api/DescribeImages: validate before anything else, then answer from the cache or the upstream. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { DescribeImagesV3Request } from '../../core/describe-images-v3.js'
import { type ParamList, type ParseOptions, parseDescribeImagesParams } from '../../core/request/params.js'
import { type ParseV3Result, parseDescribeImagesV3Params } from '../../core/request/v3-body.js'
import { sendError } from '../http/errors.js'
import type { CachedAnswer, Services } from '../services.js'
import type { Upstream } from '../upstream/upstream.js'
import { parsedQueries } from './parsed-queries.js'

/** As many distinct queries as the response cache holds answers. */
const PARSED_QUERIES = 1000

const queryOf = (url: string) => {
  const mark = url.indexOf('?')
  return mark === -1 ? '' : url.slice(mark + 1)
}

/**
 * `Cache-Control: no-cache` (or the HTTP/1.0 `Pragma: no-cache`) asks for an answer from the upstream, not
 * the cache: the app's Refresh sends it. The call still passes every upstream limit, and its answer is stored.
 * https://www.rfc-editor.org/rfc/rfc9111#section-5.2.1.4
 */
export function wantsFresh(headers: FastifyRequest['headers']): boolean {
  const directives = [headers['cache-control'], headers.pragma].flat().join(',').toLowerCase()
  return directives.split(',').some((directive) => ['no-cache', 'max-age=0'].includes(directive.trim()))
}

/** Another replica's answer when the shared cache has one; else the upstream's, shared for the others. */
async function load(
  { shared }: Services,
  key: string,
  upstream: Upstream,
  request: DescribeImagesV3Request,
  fresh: boolean,
): Promise<CachedAnswer> {
  const stored = fresh ? undefined : await shared?.cache.get(key)
  if (stored) return { answer: stored, shared: true }
  const answer = await upstream.describeImages(request)
  await shared?.cache.set(key, answer)
  return { answer, shared: false }
}

/** The same query either way; v3 also lets the 3.0 tag filters through (tag-key, tag-value, tag:<key>). */
export async function registerDescribeImages(api: FastifyInstance, services: Services): Promise<void> {
  const { config } = services
  const parse: (params: ParamList, parseOptions: ParseOptions) => ParseV3Result =
    config.api === 'v3' ? parseDescribeImagesV3Params : parseDescribeImagesParams
  const options = { defaultRegion: config.defaultRegion, requireActionAndVersion: false }
  const parseQuery = parsedQueries((params) => parse(params, options), PARSED_QUERIES)
  api.get('/DescribeImages', async (request: FastifyRequest, reply: FastifyReply) => {
    const parsed = parseQuery(queryOf(request.url))
    if (!parsed.ok) return sendError(reply, 400, parsed.error.code, parsed.error.message)
    const upstream = services.upstream
    if (!upstream) {
      return sendError(reply, 503, 'ProxyError.NotReady', 'The proxy has no credentials to sign with.')
    }
    const { key } = parsed
    const fresh = wantsFresh(request.headers)
    const { value, hit } = await services.cache.get(
      key,
      () => load(services, key, upstream, parsed.request, fresh),
      { fresh },
    )
    const { answer } = value
    const cache = hit ? 'HIT' : value.shared ? 'SHARED' : 'MISS'
    request.trace = { cache, upstreamRequestId: answer.kind === 'upstream' ? answer.requestId : undefined }
    reply.header('x-cache', cache)
    if (answer.retryAfterSeconds !== undefined) reply.header('retry-after', String(answer.retryAfterSeconds))
    if (answer.kind === 'proxy') return sendError(reply, answer.status, answer.code, answer.message)
    if (hit) value.bytes ??= Buffer.from(answer.body)
    return reply
      .code(answer.status)
      .type('application/json; charset=utf-8')
      .send(value.bytes ?? answer.body)
  })
}
