/**
 * A scriptable stand-in for the image API on 127.0.0.1 (ephemeral port): records every call and answers with
 * whatever the test says, including holding a reply open or breaking the connection.
 */
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface RecordedCall {
  url: URL
  headers: IncomingHttpHeaders
}

export type Responder = (call: RecordedCall, response: ServerResponse) => void

export interface TestUpstream {
  /** origin + '/v2/index.php' */
  endpoint: string
  calls: RecordedCall[]
  /** The responder for calls that the queue does not cover. */
  respondWith(responder: Responder): void
  /** Responders used once each, in order, before the default one. */
  queue(...responders: Responder[]): void
  /** Resolves once at least `count` calls have arrived. */
  waitForCalls(count: number): Promise<void>
  /** Forgets the calls and queued responders, and answers with the default success again. */
  reset(): void
  close(): Promise<void>
}

export function okBody(requestId: string, imageIds: string[] = []): string {
  const images = imageIds.map((ImageId) => ({ ImageId, ImageName: `name of ${ImageId}` }))
  return JSON.stringify({ Response: { ImageSet: images, TotalCount: images.length, RequestId: requestId } })
}

export function errorBody(code: string, requestId: string, message = `canned ${code}`): string {
  return JSON.stringify({ Response: { Error: { Code: code, Message: message }, RequestId: requestId } })
}

export const json =
  (body: string, status = 200): Responder =>
  (_call, response) => {
    response.writeHead(status, { 'content-type': 'application/json' }).end(body)
  }

export const hangUp: Responder = (_call, response) => {
  response.socket?.destroy()
}

/** Never answers; the proxy's deadline has to end the call. */
export const neverAnswer: Responder = () => {}

export async function startTestUpstream(): Promise<TestUpstream> {
  const calls: RecordedCall[] = []
  const queued: Responder[] = []
  const defaultResponder = json(okBody('default-request-id'))
  let fallback = defaultResponder
  let waiters: Array<{ count: number; resolve: () => void }> = []

  const server = createServer((request, response) => {
    const call = { url: new URL(request.url ?? '/', 'http://upstream.test'), headers: request.headers }
    calls.push(call)
    const responder = queued.shift() ?? fallback
    responder(call, response)
    const ready = waiters.filter((waiter) => calls.length >= waiter.count)
    waiters = waiters.filter((waiter) => calls.length < waiter.count)
    for (const waiter of ready) waiter.resolve()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    endpoint: `http://127.0.0.1:${port}/v2/index.php`,
    calls,
    respondWith(responder) {
      fallback = responder
    },
    queue(...responders) {
      queued.push(...responders)
    },
    waitForCalls(count) {
      if (calls.length >= count) return Promise.resolve()
      return new Promise((resolve) => waiters.push({ count, resolve }))
    },
    reset() {
      calls.length = 0
      queued.length = 0
      fallback = defaultResponder
    },
    close() {
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}
