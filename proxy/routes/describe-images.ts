/** GET /api/DescribeImages: validate before anything else, then answer from the cache or the upstream. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { type ParamList, type ParseOptions, parseDescribeImagesParams } from '../../core/request/params.js'
import { type ParseV3Result, parseDescribeImagesV3Params } from '../../core/request/v3-body.js'
import { sendError } from '../http/errors.js'
import type { CachedAnswer, Services } from '../services.js'
import type { UpstreamAnswer } from '../upstream/answer.js'
import { type ParsedQuery, parsedQueries } from './parsed-queries.js'

/** As many distinct queries as the response cache holds answers. */
const PARSED_QUERIES = 1000

export const queryOf = (url: string) => {
  const mark = url.indexOf('?')
  return mark === -1 ? '' : url.slice(mark + 1)
}

/**
 * `Cache-Control: no-cache` (or the HTTP/1.0 `Pragma: no-cache`) asks for an answer from the upstream, not
 * the cache: the app's Refresh sends it. The call still passes every upstream limit, and its answer is stored.
 * https://www.rfc-editor.org/rfc/rfc9111#section-5.2.1.4
 */
export function wantsFresh(headers: FastifyRequest['headers']): boolean {
  if (headers['cache-control'] === undefined && headers.pragma === undefined) return false
  const directives = [headers['cache-control'], headers.pragma].flat().join(',').toLowerCase()
  return directives.split(',').some((directive) => ['no-cache', 'max-age=0'].includes(directive.trim()))
}

/** Another replica's answer when the shared cache has one; else the upstream's, shared for the others. */
export async function loadShared(
  { shared }: Services,
  key: string,
  ask: () => Promise<UpstreamAnswer>,
  fresh: boolean,
): Promise<CachedAnswer> {
  const stored = fresh ? undefined : await shared?.cache.get(key)
  if (stored) return { answer: stored, shared: true }
  const answer = await ask()
  await shared?.cache.set(key, answer)
  return { answer, shared: false }
}

export type DescribeImagesResult =
  | { ok: false; status: number; code: string; message: string }
  | { ok: true; value: CachedAnswer; hit: boolean; cache: 'HIT' | 'SHARED' | 'MISS' }

/** Each proxy's query parser, made once: it remembers the queries it has validated (parsed-queries.ts). */
const parsers = new WeakMap<Services, (query: string) => ParsedQuery>()

function queryParser(services: Services): (query: string) => ParsedQuery {
  let parser = parsers.get(services)
  if (!parser) {
    const { config } = services
    const parse: (params: ParamList, parseOptions: ParseOptions) => ParseV3Result =
      config.api === 'v3' ? parseDescribeImagesV3Params : parseDescribeImagesParams
    const options = { defaultRegion: config.defaultRegion, requireActionAndVersion: false }
    parser = parsedQueries((params) => parse(params, options), PARSED_QUERIES)
    parsers.set(services, parser)
  }
  return parser
}

/**
 * A DescribeImages call as the browser sends it (its query string): validated before anything else,
 * then answered from the cache or the upstream. The API route and the server render of a page both ask
 * here, so a page and the browser's own call share one cache entry and one upstream call.
 * v3 also lets the 3.0 tag filters through (tag-key, tag-value, tag:<key>).
 */
export async function describeImages(
  services: Services,
  query: string,
  fresh: boolean,
): Promise<DescribeImagesResult> {
  const parsed = queryParser(services)(query)
  if (!parsed.ok) return { ok: false, status: 400, ...parsed.error }
  const upstream = services.upstream
  if (!upstream) {
    return {
      ok: false,
      status: 503,
      code: 'ProxyError.NotReady',
      message: 'The proxy has no credentials to sign with.',
    }
  }
  const { key } = parsed
  const { value, hit } = await services.cache.get(
    key,
    () => loadShared(services, key, () => upstream.describeImages(parsed.request), fresh),
    { fresh },
  )
  return { ok: true, value, hit, cache: hit ? 'HIT' : value.shared ? 'SHARED' : 'MISS' }
}

/** The answer this replica's cache holds for a query right now, if any: no validation error, no load, no wait. */
export function storedAnswer(services: Services, query: string): CachedAnswer | undefined {
  const parsed = queryParser(services)(query)
  return parsed.ok ? services.cache.peek(parsed.key) : undefined
}

export async function registerDescribeImages(api: FastifyInstance, services: Services): Promise<void> {
  api.get('/DescribeImages', async (request: FastifyRequest, reply: FastifyReply) => {
    const result = await describeImages(services, queryOf(request.url), wantsFresh(request.headers))
    if (!result.ok) return sendError(reply, result.status, result.code, result.message)
    const { value, hit, cache } = result
    const { answer } = value
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
