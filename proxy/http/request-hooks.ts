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

function pathOf(url: string): string {
  const mark = url.indexOf('?')
  return mark === -1 ? url : url.slice(0, mark)
}

function logRequest(request: FastifyRequest, reply: FastifyReply, done: () => void): void {
  request.log.info(
    {
      method: request.method,
      // The path only: query values are the user's filters, and nothing here needs them.
      path: pathOf(request.url),
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
  // Callback hooks, not async ones: no promise and no extra microtask per request.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id)
    done()
  })
  app.addHook('onResponse', logRequest)
  // Keep-alive sockets would hold close() open forever: answers sent while closing end their connection.
  let closing = false
  app.addHook('preClose', async () => {
    closing = true
  })
  app.addHook('onSend', (_request, reply, payload, done) => {
    if (closing) reply.header('connection', 'close')
    done(null, payload)
  })
}
