/**
 * `POST /`: the API 3.0 DescribeImages endpoint (https://cloud.tencent.com/document/api/213/15715), as
 * cvm.tencentcloudapi.com answers it: a JSON body, the action, version and region in X-TC-* headers,
 * TC3-HMAC-SHA256 in Authorization, 3.0 field names in the answer. Same catalog, faults, error codes and
 * HTTP 200 envelope as the legacy endpoint.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { parseDescribeImagesV3Body } from '../../core/request/v3-body.js'
import { parseTc3Authorization } from '../../core/signing/tc3.js'
import { authenticateTc3, headerOf } from '../auth/tc3.js'
import { queryCatalogV3 } from '../catalog/catalog.js'
import { type ApiContext, sendError, sendImages, withFaults } from './reply.js'

export const V3_PATH = '/'

/** `application/json`, with or without a charset, as the SDKs send it. */
const isJson = (contentType: string | undefined) =>
  contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json'

function answerV3(request: FastifyRequest, reply: FastifyReply, context: ApiContext) {
  const payload = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)
  const queryStart = request.url.indexOf('?')
  const signed = {
    method: request.method,
    path: queryStart < 0 ? request.url : request.url.slice(0, queryStart),
    query: queryStart < 0 ? '' : request.url.slice(queryStart + 1),
    headers: request.headers,
    payload,
  }
  const secretId = parseTc3Authorization(headerOf(request.headers, 'authorization') ?? '')?.secretId
  const credentials = context.keys.credentialsFor(secretId) ?? context.credentials
  const authError =
    authenticateTc3(signed, credentials, context.now()) ??
    context.keys.checkLive(secretId, 'AuthFailure.TokenFailure')
  if (authError) return sendError(reply, authError)
  if (!isJson(headerOf(request.headers, 'content-type'))) {
    return sendError(reply, { code: 'InvalidParameter', message: 'The body must be application/json.' })
  }
  const call = {
    action: headerOf(request.headers, 'x-tc-action'),
    version: headerOf(request.headers, 'x-tc-version'),
    region: headerOf(request.headers, 'x-tc-region'),
    body: payload.toString('utf8'),
  }
  const parsed = parseDescribeImagesV3Body(call, { requireActionAndVersion: true })
  if (!parsed.ok) return sendError(reply, parsed.error)
  return sendImages(reply, queryCatalogV3(context.catalogs(parsed.request.region), parsed.request))
}

export function registerV3Api(app: FastifyInstance, context: ApiContext): void {
  // The exact bytes are signed, so the body is kept raw whatever its type; the handler decides.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body)
  })
  app.post(
    V3_PATH,
    withFaults(context, (request, reply) => answerV3(request, reply, context)),
  )
}
