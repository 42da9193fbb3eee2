/** Every error the proxy itself answers, in Tencent's envelope with the proxy's RequestId; never a stack. */
import { randomUUID } from 'node:crypto'
import { STATUS_CODES } from 'node:http'
import type { Socket } from 'node:net'
import type { ConnectionError, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { errorEnvelope } from '../../core/describe-images.js'

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

/**
 * Router errors, such as a path whose percent-escapes do not decode: the envelope, not Fastify's own shape
 * echoing the path. No hook runs for these, so the request id, nosniff and the log line are set here.
 */
export function handleFrameworkError(_error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  reply.header('x-request-id', request.id).header('x-content-type-options', 'nosniff')
  request.log.info({ method: request.method, status: 400, reason: 'undecodable URL' }, 'request')
  return sendError(reply, 400, 'InvalidRequest', 'The request URL cannot be decoded.')
}

/** What Node's parser refused, by its error code; anything else is unreadable. */
const CLIENT_ERRORS: Record<string, { status: number; code: string; message: string }> = {
  ERR_HTTP_REQUEST_TIMEOUT: {
    status: 408,
    code: 'RequestTimeout',
    message: 'The request took too long to arrive.',
  },
  HPE_HEADER_OVERFLOW: {
    status: 400,
    code: 'RequestSizeLimitExceeded',
    message: 'The request URL or headers are too large.',
  },
}
const UNREADABLE = { status: 400, code: 'InvalidRequest', message: 'The request cannot be read.' }

/**
 * Requests Node cannot parse never reach a route: a request line and headers beyond its 16 KB limit, bytes
 * HTTP forbids, a request that takes too long to arrive. They still get the envelope (Fastify's default is its
 * own JSON shape, and 431 for a long URL), and the log line carries the parser's code only, never the raw
 * bytes, which may hold an Authorization header.
 */
export function handleClientError(this: FastifyInstance, error: ConnectionError, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return
  const { status, code, message } = CLIENT_ERRORS[error.code] ?? UNREADABLE
  this.log.info({ status, reason: error.code }, 'client error')
  if (socket.writable) {
    const body = JSON.stringify(errorEnvelope(code, message, randomUUID()))
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nX-Content-Type-Options: nosniff\r\n` +
        `Connection: close\r\n\r\n${body}`,
    )
  }
  socket.destroy()
}
