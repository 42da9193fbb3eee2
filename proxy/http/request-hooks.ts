/** Per-request plumbing: the request id header, one log line per request, and connections ending on close. */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'

export interface RequestTrace {
  cache: 'HIT' | 'MISS' | 'SHARED'
  upstreamRequestId: string | undefined
}

declare module 'fastify' {
  interface FastifyRequest {
    /** What the DescribeImages route learnt, for the request's log line. */
    trace: RequestTrace | null
  }
}

function logRequest(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  request.log.info(
    {
      method: request.method,
      // The path only: query values are the user's filters, and nothing here needs them.
      path: request.url.split('?')[0],
      status: reply.statusCode,
      durationMs: Math.round(reply.elapsedTime),
      upstreamRequestId: request.trace?.upstreamRequestId,
      cache: request.trace?.cache,
    },
    'request',
  )
  done()
}

export async function registerRequestHooks(app: FastifyInstance): Promise<void> {
  app.decorateRequest('trace', null)
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })
  app.addHook('onResponse', logRequest)
  // Keep-alive sockets would hold close() open forever: answers sent while closing end their connection.
  let closing = false
  app.addHook('preClose', async () => {
    closing = true
  })
  app.addHook('onSend', async (_request, reply) => {
    if (closing) reply.header('connection', 'close')
  })
}
