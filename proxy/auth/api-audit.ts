/** One audit line per /api call, written once the answer has gone, from what the answer said. */
import type { FastifyInstance } from 'fastify'
import { apiAuditLine } from './audit-line.js'
import type { AuditTrail } from './audit-trail.js'

declare module 'fastify' {
  interface FastifyRequest {
    /** The answer's body as sent, kept for the audit line. */
    answerPayload: unknown
  }
}

export async function registerApiAudit(api: FastifyInstance, audit: AuditTrail, now: () => number) {
  api.decorateRequest('answerPayload', null)
  api.addHook('onSend', (request, _reply, payload, done) => {
    request.answerPayload = payload
    done(null, payload)
  })
  api.addHook('onResponse', (request, reply, done) => {
    audit.record(
      apiAuditLine({
        time: now(),
        user: request.user,
        client: request.ip,
        url: request.url,
        status: reply.statusCode,
        payload: request.answerPayload,
      }),
    )
    done()
  })
}
