/**
 * One loopback address in front of several replicas, as a load balancer puts it: each request goes to the
 * next replica in turn, with the client's address appended to X-Forwarded-For (the replicas trust 127.0.0.1
 * through TRUST_PROXY). A replica that cannot be reached answers 502, as a balancer would.
 */
import { Agent, createServer, request as forward, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RoundRobin {
  /** `http://127.0.0.1:PORT` */
  url: string
  close(): Promise<void>
}

function forwardedFor(incoming: IncomingMessage): string {
  const previous = incoming.headers['x-forwarded-for']
  const client = incoming.socket.remoteAddress ?? ''
  return previous ? `${previous}, ${client}` : client
}

/**
 * Listens on 127.0.0.1:`port` (0: a free one). close() stops taking connections and resolves once the
 * requests in flight are answered.
 */
export async function startRoundRobin(targets: readonly string[], port = 0): Promise<RoundRobin> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 })
  let next = 0
  let closing = false
  const relay = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const target = new URL(incoming.url ?? '/', targets[next++ % targets.length])
    const headers = { ...incoming.headers, 'x-forwarded-for': forwardedFor(incoming) }
    const upstream = forward(target, { method: incoming.method, headers, agent }, (answer) => {
      // While closing, each answer ends its connection, so a keep-alive client cannot hold close() open.
      const headers = closing ? { ...answer.headers, connection: 'close' } : answer.headers
      outgoing.writeHead(answer.statusCode ?? 502, headers)
      answer.pipe(outgoing)
    })
    upstream.on('error', () => {
      if (!outgoing.headersSent) outgoing.writeHead(502, { 'content-type': 'text/plain' })
      outgoing.end('bad gateway')
    })
    incoming.pipe(upstream)
  }
  const server = createServer(relay)
  server.keepAliveTimeout = 10_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', resolve)
  })
  const { port: listening } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${listening}`,
    close: () =>
      new Promise((resolve) => {
        closing = true
        server.close(() => {
          agent.destroy()
          resolve()
        })
        server.closeIdleConnections()
      }),
  }
}
