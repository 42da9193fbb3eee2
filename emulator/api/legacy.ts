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
import { type ApiContext, sendError, sendImages, withFaults } from './reply.js'

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
  app.route({
    method: ['GET', 'POST'],
    url: API_PATH,
    handler: withFaults(context, (request, reply) => {
      const params = paramsOf(request)
      const signed = { method: request.method, host: request.headers.host ?? '', path: API_PATH, params }
      const secretId = params.find(([name]) => name === 'SecretId')?.[1]
      const credentials = context.keys.credentialsFor(secretId) ?? context.credentials
      const authError =
        authenticate(signed, credentials, nonces, context.now()) ??
        context.keys.checkLive(secretId, 'InvalidRequest.TokenCheckFailed')
      if (authError) return sendError(reply, authError)
      const given = new Map(params)
      const action = given.get('Action') ?? ''
      const overQuota = context.quota.admit(given.get('SecretId') ?? '', 'legacy', action)
      if (overQuota) return sendError(reply, overQuota)
      // The same path answers DescribeInstances, as cvm.api.qcloud.com/v2/index.php does.
      if (LEGACY_READS.has(action)) return answerLegacyRead(reply, context, action, params)
      const deny = denyImages(context, 'legacy', given.get('Region') ?? '')
      if (deny) return sendError(reply, deny)
      const parsed = parseDescribeImagesParams(params, {
        requireActionAndVersion: true,
        extraParameters: COMMON_PARAMETERS,
        isKnownRegion: servesRegion,
      })
      if (!parsed.ok) return sendError(reply, parsed.error)
      return sendImages(reply, queryCatalog(context.catalogs(parsed.request.region), parsed.request))
    }),
  })
}
