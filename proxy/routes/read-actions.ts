/**
 * GET /api/<Action> for the read-only actions of core/read-actions.ts other than DescribeImages:
 * DescribeInstances, DescribeImageSharePermission, DescribeImageQuota. The action and its query are validated
 * by core's rules before anything else; then the answer comes from the cache or the upstream, as DescribeImages'
 * does. A missing permission is explained by naming the CAM action the proxy's keys need.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { errorEnvelope } from '../../core/describe-images.js'
import { readEnvelope } from '../../core/envelope.js'
import { normalizeLegacyShareAnswer } from '../../core/image-share-permission.js'
import { ACTION_NAME, admitReadCall, READ_ACTIONS } from '../../core/read-actions.js'
import { type ActionCall, parseActionQuery } from '../../core/request/read-queries.js'
import { sendError } from '../http/errors.js'
import type { Services } from '../services.js'
import type { UpstreamAnswer } from '../upstream/answer.js'
import type { Upstream } from '../upstream/upstream.js'
import { loadShared, queryOf, wantsFresh } from './describe-images.js'

/** The header naming the CAM permission a refused call needed. */
export const CAM_ACTION_HEADER = 'x-cam-action'

/** The 404 of every /api address that names nothing. */
export function sendNoApi(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split('?')[0]
  return sendError(
    reply,
    404,
    'ResourceNotFound',
    `There is no API at ${JSON.stringify(path?.slice(0, 80))}.`,
  )
}

/** Tencent's refusal, with its code and RequestId, its message saying which CAM permission is missing. */
export function explainPermission(body: string, camAction: string): string {
  const envelope = readEnvelope(body)
  const code = envelope.ok ? envelope.error?.code : null
  if (!envelope.ok || !code) return body
  const said = envelope.error?.message?.trim() ?? ''
  const why = `The proxy's keys need the CAM permission ${camAction} (the QcloudCVMReadOnlyAccess policy includes it).`
  const message = said === '' ? why : `${said}${/[.。!?]$/.test(said) ? '' : '.'} ${why}`
  return JSON.stringify(errorEnvelope(code, message, envelope.requestId ?? ''))
}

/** The upstream's answer in the 3.0 names whatever the API mode (legacy share items say `Account`). */
async function ask(upstream: Upstream, call: ActionCall, legacy: boolean): Promise<UpstreamAnswer> {
  const answer = await upstream.read(call)
  if (!legacy || call.action !== 'DescribeImageSharePermission') return answer
  if (answer.kind !== 'upstream' || answer.status !== 200) return answer
  return { ...answer, body: normalizeLegacyShareAnswer(answer.body) }
}

async function answerAction(services: Services, request: FastifyRequest, reply: FastifyReply) {
  const { config } = services
  const { action: name } = request.params as { action: string }
  if (!ACTION_NAME.test(name)) return sendNoApi(request, reply)
  const decision = admitReadCall(request.method, name, config.api)
  if (!decision.ok) {
    const { status, code, message } = decision.refusal
    return sendError(reply, status, code, message)
  }
  const params = [...new URLSearchParams(queryOf(request.url))]
  const family = config.api
  const parsed = parseActionQuery(decision.action, params, { defaultRegion: config.defaultRegion, family })
  if (!parsed.ok) return sendError(reply, 400, parsed.error.code, parsed.error.message)
  const { upstream } = services
  if (!upstream)
    return sendError(reply, 503, 'ProxyError.NotReady', 'The proxy has no credentials to sign with.')
  const { call } = parsed
  const key = `${call.action}:${call.key}`
  const fresh = wantsFresh(request.headers)
  const load = () => loadShared(services, key, () => ask(upstream, call, family === 'legacy'), fresh)
  const { value, hit } = await services.cache.get(key, load, { fresh })
  const cache = hit ? 'HIT' : value.shared ? 'SHARED' : 'MISS'
  const { answer } = value
  request.trace = { cache, upstreamRequestId: answer.kind === 'upstream' ? answer.requestId : undefined }
  reply.header('x-cache', cache)
  if (answer.retryAfterSeconds !== undefined) reply.header('retry-after', String(answer.retryAfterSeconds))
  if (answer.kind === 'proxy') return sendError(reply, answer.status, answer.code, answer.message)
  const type = 'application/json; charset=utf-8'
  if (answer.status === 403) {
    const { camAction } = READ_ACTIONS[call.action]
    reply.header(CAM_ACTION_HEADER, camAction)
    return reply.code(403).type(type).send(explainPermission(answer.body, camAction))
  }
  return reply.code(answer.status).type(type).send(answer.body)
}

export async function registerReadActions(api: FastifyInstance, services: Services): Promise<void> {
  api.get('/:action', (request, reply) => answerAction(services, request, reply))
}
