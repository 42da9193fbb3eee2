/** Every error the proxy itself answers, in Tencent's envelope with the proxy's RequestId; never a stack. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify'
import { errorEnvelope } from '../core/describe-images.js'

/** An error to answer as-is: status, Tencent-style code, and a message safe to show. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message)
  }
}

export function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send(errorEnvelope(code, message, reply.request.id))
}

/** Codes and messages for errors raised by Fastify and its plugins, whose own messages may echo input. */
const FRAMEWORK_ERRORS: Record<number, { code: string; message: string }> = {
  401: { code: 'AuthFailure.Unauthorized', message: 'Sign in with the user and password of this proxy.' },
  404: { code: 'ResourceNotFound', message: 'There is nothing at this address.' },
  405: { code: 'UnsupportedOperation', message: 'This method is not allowed here.' },
  413: { code: 'RequestSizeLimitExceeded', message: 'The request is too large.' },
  414: { code: 'RequestSizeLimitExceeded', message: 'The request URL is too long.' },
  415: { code: 'InvalidRequest', message: 'This content type is not accepted.' },
  429: { code: 'RequestLimitExceeded', message: 'Too many requests; retry later.' },
  503: { code: 'ServiceUnavailable', message: 'The proxy is shutting down.' },
}

const BAD_REQUEST = { code: 'InvalidRequest', message: 'The request cannot be served.' }
const INTERNAL = {
  code: 'InternalError',
  message: 'The proxy failed to answer; see its log for the request id.',
}

export function handleError(error: FastifyError | HttpError, request: FastifyRequest, reply: FastifyReply) {
  const given = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500
  // A refused path (traversal, dotfile) answers like a missing one, so probing learns nothing.
  const status = given === 403 ? 404 : given
  if (error instanceof HttpError) return sendError(reply, status, error.code, error.message)
  if (status >= 500) request.log.error({ err: error }, 'request failed')
  const { code, message } = FRAMEWORK_ERRORS[status] ?? (status >= 500 ? INTERNAL : BAD_REQUEST)
  return sendError(reply, status, code, message)
}
