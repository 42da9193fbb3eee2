/**
 * `GET|POST /v2/index.php`: the legacy DescribeImages endpoint (https://cloud.tencent.com/document/api/213/9418);
 * v3.ts is the 3.0 one.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import { parseDescribeImagesParams } from '../../core/request/params.js'
import { authenticate, COMMON_PARAMETERS, NonceMemory } from '../auth/v1.js'
import { queryCatalog } from '../catalog/catalog.js'
import { servesRegion } from '../catalog/regions.js'
import { answerLegacyRead, denyImages, LEGACY_READS } from './read-actions.js'
import { type ApiContext, afterLatency, sendError, sendImages, withFaults } from './reply.js'

export const API_PATH = '/v2/index.php'

/** GET reads the query only, POST the form body only; values are decoded once (`+` is a space). */
function paramsOf(request: FastifyRequest): [string, string][] {
  if (request.method === 'POST')
    return [...new URLSearchParams(typeof request.body === 'string' ? request.body : '')]
  const queryStart = request.url.indexOf('?')
  return queryStart < 0 ? [] : [...new URLSearchParams(request.url.slice(queryStart + 1))]
}

export function registerLegacyApi(app: FastifyInstance, context: ApiContext): void {
  const nonces = new NonceMemory()
  // The legacy API takes form bodies only; anything else is refused through the error handler.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => {
      done(null, body)
    },
  )
  /** Signature, token and the action's own quota, in that order; null when the call may go on. */
  const admit = (request: FastifyRequest, params: [string, string][], action: string) => {
    const signed = { method: request.method, host: request.headers.host ?? '', path: API_PATH, params }
    const secretId = params.find(([name]) => name === 'SecretId')?.[1]
    const credentials = context.keys.credentialsFor(secretId) ?? context.credentials
    return (
      authenticate(signed, credentials, nonces, context.now()) ??
      context.keys.checkLive(secretId, 'InvalidRequest.TokenCheckFailed') ??
      context.quota.admit(secretId ?? '', 'legacy', action)
    )
  }
  const images = withFaults(context, (request, reply) => {
    const params = paramsOf(request)
    const refused =
      admit(request, params, 'DescribeImages') ??
      denyImages(context, 'legacy', new Map(params).get('Region') ?? '')
    if (refused) return sendError(reply, refused)
    const parsed = parseDescribeImagesParams(params, {
      requireActionAndVersion: true,
      extraParameters: COMMON_PARAMETERS,
      isKnownRegion: servesRegion,
    })
    if (!parsed.ok) return sendError(reply, parsed.error)
    return sendImages(reply, queryCatalog(context.catalogs(parsed.request.region), parsed.request))
  })
  app.route({
    method: ['GET', 'POST'],
    url: API_PATH,
    handler: async (request, reply) => {
      const params = paramsOf(request)
      const action = new Map(params).get('Action') ?? ''
      if (!LEGACY_READS.has(action)) return images(request, reply)
      // The same path answers DescribeInstances, as cvm.api.qcloud.com/v2/index.php does; like DescribeRegions
      // in 3.0, the other read actions are not taken by the faults aimed at DescribeImages (the latency applies).
      const refused = admit(request, params, action)
      if (refused) return sendError(reply, refused)
      if (!(await afterLatency(context, reply))) return reply
      return answerLegacyRead(reply, context, action, params)
    },
  })
}
