/**
 * `GET|POST /v2/index.php`: the legacy DescribeImages endpoint (api-v3.ts is the 3.0 one). Answers HTTP 200 with Tencent's envelope for
 * every outcome, like the real one, after the test-only latency and faults.
 */
import { randomUUID } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { errorEnvelope } from '../../core/describe-images.js'
import { parseDescribeImagesParams, type RequestError } from '../describe-images.js'
import { authenticate, COMMON_PARAMETERS, type Credentials, NonceMemory } from './auth.js'
import { type Catalog, queryCatalog } from './catalog.js'
import type { Fault, FaultState } from './faults.js'
import type { Holds } from './holds.js'

export const API_PATH = '/v2/index.php'

export interface ApiContext {
  credentials: Credentials
  catalogs: (region: string) => Catalog
  faults: FaultState
  holds: Holds
  now: () => number
}

const JSON_TYPE = 'application/json; charset=utf-8'

export function sendError(reply: FastifyReply, error: RequestError): FastifyReply {
  return reply
    .code(200)
    .type(JSON_TYPE)
    .send(errorEnvelope(error.code, error.message, randomUUID()))
}

/** GET reads the query only, POST the form body only; values are decoded once (`+` is a space). */
function paramsOf(request: FastifyRequest): [string, string][] {
  if (request.method === 'POST')
    return [...new URLSearchParams(typeof request.body === 'string' ? request.body : '')]
  const queryStart = request.url.indexOf('?')
  return queryStart < 0 ? [] : [...new URLSearchParams(request.url.slice(queryStart + 1))]
}

async function sendFault(reply: FastifyReply, fault: Fault, holds: Holds): Promise<unknown> {
  switch (fault.kind) {
    case 'error':
      return sendError(reply, { code: fault.code, message: fault.message ?? `Injected fault ${fault.code}.` })
    case 'http500':
      return reply
        .code(500)
        .type('text/html')
        .send('<html><body><h1>500 Internal Server Error</h1></body></html>')
    case 'badJson':
      return reply.code(200).type(JSON_TYPE).send('{"Response":{"ImageSet":[{"ImageId":"img-')
    case 'drop':
      reply.hijack()
      return reply.raw.destroy()
    case 'hang':
      reply.hijack()
      await holds.hold(reply.raw)
      return reply.raw.destroy()
  }
}

function answer(request: FastifyRequest, reply: FastifyReply, context: ApiContext, nonces: NonceMemory) {
  const params = paramsOf(request)
  const signed = { method: request.method, host: request.headers.host ?? '', path: API_PATH, params }
  const authError = authenticate(signed, context.credentials, nonces, context.now())
  if (authError) return sendError(reply, authError)
  const parsed = parseDescribeImagesParams(params, {
    requireActionAndVersion: true,
    extraParameters: COMMON_PARAMETERS,
  })
  if (!parsed.ok) return sendError(reply, parsed.error)
  return sendImages(reply, queryCatalog(context.catalogs(parsed.request.region), parsed.request))
}

export function sendImages(reply: FastifyReply, result: { ImageSet: unknown[]; TotalCount: number }) {
  const { ImageSet, TotalCount } = result
  return reply
    .code(200)
    .type(JSON_TYPE)
    .send({ Response: { ImageSet, TotalCount, RequestId: randomUUID() } })
}

/** Wraps an endpoint's answer in the test-only latency and faults, which apply before anything is read. */
export function withFaults(
  context: ApiContext,
  answer: (request: FastifyRequest, reply: FastifyReply) => unknown,
): (request: FastifyRequest, reply: FastifyReply) => Promise<unknown> {
  return async (request, reply) => {
    const fault = context.faults.take()
    if (context.faults.latencyMs > 0) await context.holds.hold(reply.raw, context.faults.latencyMs)
    if (context.holds.closing || reply.raw.destroyed) {
      reply.hijack()
      return reply.raw.destroy()
    }
    if (fault) return sendFault(reply, fault, context.holds)
    return answer(request, reply)
  }
}

export function registerApi(app: FastifyInstance, context: ApiContext): void {
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
    handler: withFaults(context, (request, reply) => answer(request, reply, context, nonces)),
  })
}
