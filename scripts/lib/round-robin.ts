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

export async function startRoundRobin(targets: readonly string[]): Promise<RoundRobin> {
  const agent = new Agent({ keepAlive: true, maxSockets: 256 })
  let next = 0
  const relay = (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const target = new URL(incoming.url ?? '/', targets[next++ % targets.length])
    const headers = { ...incoming.headers, 'x-forwarded-for': forwardedFor(incoming) }
    const upstream = forward(target, { method: incoming.method, headers, agent }, (answer) => {
      outgoing.writeHead(answer.statusCode ?? 502, answer.headers)
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
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
        agent.destroy()
      }),
  }
}
