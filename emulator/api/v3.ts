/**
 * `POST /`: the API 3.0 endpoint (https://cloud.tencent.com/document/api/213/15715), as cvm.tencentcloudapi.com
 * answers it: a JSON body, the action, version and region in X-TC-* headers, TC3-HMAC-SHA256 in Authorization,
 * 3.0 field names in the answer. DescribeImages (with the test-only faults, like the legacy endpoint) and
 * DescribeRegions (https://cloud.tencent.com/document/api/213/15708), always answered, so faults aimed at images
 * stay on images.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DESCRIBE_REGIONS } from '../../core/describe-regions.js'
import { parseDescribeImagesV3Body } from '../../core/request/v3-body.js'
import { parseTc3Authorization } from '../../core/signing/tc3.js'
import { authenticateTc3, headerOf } from '../auth/tc3.js'
import { queryCatalogV3 } from '../catalog/catalog.js'
import { architectureFor } from '../catalog/instance-families.js'
import { EMULATOR_REGIONS, servesRegion } from '../catalog/regions.js'
import { tc3SecretId } from '../quota.js'
import { answerV3Read, denied, denyImages, isDenied, V3_READS } from './read-actions.js'
import { type ApiContext, afterLatency, sendError, sendImages, sendResponse, withFaults } from './reply.js'

export const V3_PATH = '/'

/** `application/json`, with or without a charset, as the SDKs send it. */
const isJson = (contentType: string | undefined) =>
  contentType?.split(';')[0]?.trim().toLowerCase() === 'application/json'

const payloadOf = (request: FastifyRequest) =>
  Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0)

/** Signature and content type, whatever the action; null when the call may go on. */
function checkCall(request: FastifyRequest, context: ApiContext) {
  const queryStart = request.url.indexOf('?')
  const signed = {
    method: request.method,
    path: queryStart < 0 ? request.url : request.url.slice(0, queryStart),
    query: queryStart < 0 ? '' : request.url.slice(queryStart + 1),
    headers: request.headers,
    payload: payloadOf(request),
  }
  // Temporary keys the emulator's STS or metadata service issued sign like the configured pair.
  const secretId = parseTc3Authorization(headerOf(request.headers, 'authorization') ?? '')?.secretId
  const credentials = context.keys.credentialsFor(secretId) ?? context.credentials
  const authError =
    authenticateTc3(signed, credentials, context.now()) ??
    context.keys.checkLive(secretId, 'AuthFailure.TokenFailure')
  if (authError) return authError
  if (!isJson(headerOf(request.headers, 'content-type')))
    return { code: 'InvalidParameter', message: 'The body must be application/json.' }
  return null
}

const callOf = (request: FastifyRequest) => ({
  action: headerOf(request.headers, 'x-tc-action'),
  version: headerOf(request.headers, 'x-tc-version'),
  region: headerOf(request.headers, 'x-tc-region'),
  body: payloadOf(request).toString('utf8'),
})

/** Signature, content type and the action's own quota, in that order; null when the call may go on. */
function admit(request: FastifyRequest, context: ApiContext, action?: string) {
  const secretId = tc3SecretId(headerOf(request.headers, 'authorization'))
  return checkCall(request, context) ?? context.quota.admit(secretId, 'v3', action)
}

function answerImages(request: FastifyRequest, reply: FastifyReply, context: ApiContext) {
  const call = callOf(request)
  const refused = admit(request, context) ?? denyImages(context, 'v3', call.region ?? '')
  if (refused) return sendError(reply, refused)
  const options = { requireActionAndVersion: true, isKnownRegion: servesRegion }
  const parsed = parseDescribeImagesV3Body(call, options)
  if (!parsed.ok) return sendError(reply, parsed.error)
  const { instanceType } = parsed.request
  const architecture = instanceType === undefined ? undefined : architectureFor(instanceType)
  if (typeof architecture === 'object') return sendError(reply, architecture)
  return sendImages(
    reply,
    queryCatalogV3(context.catalogs(parsed.request.region), parsed.request, architecture),
  )
}

/** DescribeRegions takes no parameters; its answer is the same everywhere. */
function answerRegions(request: FastifyRequest, reply: FastifyReply, context: ApiContext) {
  const region = headerOf(request.headers, 'x-tc-region') ?? ''
  const refused =
    checkCall(request, context) ??
    (isDenied(context, DESCRIBE_REGIONS) ? denied(DESCRIBE_REGIONS, 'v3', region) : null)
  if (refused) return sendError(reply, refused)
  const body = payloadOf(request).toString('utf8').trim()
  if (body !== '' && body !== '{}')
    return sendError(reply, { code: 'UnknownParameter', message: 'DescribeRegions takes no parameters.' })
  const RegionSet = EMULATOR_REGIONS.map((row) => ({ ...row }))
  return sendResponse(reply, { TotalCount: RegionSet.length, RegionSet })
}

export function registerV3Api(app: FastifyInstance, context: ApiContext): void {
  // The exact bytes are signed, so the body is kept raw whatever its type; the handler decides.
  app.removeAllContentTypeParsers()
  app.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => {
    done(null, body)
  })
  const images = withFaults(context, (request, reply) => answerImages(request, reply, context))
  app.post(V3_PATH, async (request, reply) => {
    const action = headerOf(request.headers, 'x-tc-action') ?? ''
    if (action === DESCRIBE_REGIONS) return answerRegions(request, reply, context)
    if (!V3_READS.has(action)) return images(request, reply)
    // Like DescribeRegions, the other read actions are not taken by the faults aimed at DescribeImages; the
    // latency applies.
    const refused = admit(request, context, action)
    if (refused) return sendError(reply, refused)
    if (!(await afterLatency(context, reply))) return reply
    return answerV3Read(reply, context, { ...callOf(request), action })
  })
}
