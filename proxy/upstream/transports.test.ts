import { once } from 'node:events'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { type HttpFetch, httpFetch } from './http-fetch.js'
import { withDeadline } from './limits.js'
import { closeUndiciPools, undiciFetch } from './undici-fetch.js'

const servers: http.Server[] = []

async function serve(handler: http.RequestListener): Promise<{ url: string; server: http.Server }> {
  const server = http.createServer(handler)
  servers.push(server)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}

afterEach(async () => {
  await closeUndiciPools()
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    server.close()
  }
})

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      body += chunk
    })
    request.on('end', () => resolve(body))
  })
}

/** The default transport (undici's Pool) and the node:http one it replaced keep one contract. */
describe.each<[string, HttpFetch]>([
  ['undiciFetch', undiciFetch],
  ['httpFetch', httpFetch],
])('%s', (_name, httpFetch) => {
  it('answers the status and the UTF-8 body, sending the given headers', async () => {
    const { url } = await serve((request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' })
      response.end(JSON.stringify({ accept: request.headers.accept, name: '数据库基线镜像' }))
    })
    const response = await httpFetch(`${url}/v2/index.php?Region=ap-guangzhou`, {
      headers: { accept: 'application/json' },
    })
    expect(response.status).toBe(200)
    expect(JSON.parse(await response.text())).toEqual({ accept: 'application/json', name: '数据库基线镜像' })
  })

  it('sends the method and the body of a POST', async () => {
    const { url } = await serve(async (request, response) => {
      response.end(`${request.method} ${await readBody(request)}`)
    })
    const response = await httpFetch(url, { method: 'POST', body: '{"Limit":20}' })
    expect(await response.text()).toBe('POST {"Limit":20}')
  })

  it('does not follow a redirect', async () => {
    const { url } = await serve((_request, response) => {
      response.writeHead(302, { location: 'http://example.com/' }).end()
    })
    expect((await httpFetch(url, {})).status).toBe(302)
  })

  // undici's Pool may open a second connection while the first is still marked busy; never one per call.
  it('reuses its keep-alive connections for calls made one after another', async () => {
    const { url, server } = await serve((_request, response) => response.end('ok'))
    let connections = 0
    server.on('connection', () => {
      connections++
    })
    for (let i = 0; i < 10; i++) await (await httpFetch(url, {})).text()
    expect(connections).toBeLessThanOrEqual(2)
  })

  it('rejects with the system error code as the cause when nothing listens', async () => {
    const { url, server } = await serve(() => {})
    server.close()
    await once(server, 'close')
    await expect(httpFetch(url, {})).rejects.toMatchObject({ cause: { code: 'ECONNREFUSED' } })
  })

  it('rejects when the signal aborts a call that gets no answer', async () => {
    const { url } = await serve(() => {})
    const controller = new AbortController()
    const call = httpFetch(url, { signal: controller.signal })
    controller.abort()
    await expect(call).rejects.toBeInstanceOf(TypeError)
  })

  it('rejects with the signal aborted when the deadline passes before the answer', async () => {
    const { url } = await serve(() => {})
    const started = performance.now()
    let aborted = false
    const call = withDeadline(50, async (signal) => {
      try {
        return await httpFetch(url, { signal })
      } finally {
        aborted = signal.aborted
      }
    })
    await expect(call).rejects.toBeInstanceOf(TypeError)
    expect(aborted).toBe(true)
    expect(performance.now() - started).toBeLessThan(2000)
  })

  it('closes the upstream request when the call is aborted', async () => {
    const closed = new Promise<void>((resolve, reject) => {
      serve((request) => request.socket.on('close', () => resolve())).then(({ url }) => {
        const controller = new AbortController()
        httpFetch(url, { signal: controller.signal }).catch(() => {})
        setTimeout(() => controller.abort(), 20)
      }, reject)
    })
    await expect(closed).resolves.toBeUndefined()
  })

  it('rejects when the connection breaks in the middle of the answer', async () => {
    const { url } = await serve((_request, response) => {
      response.writeHead(200, { 'content-length': '100' })
      response.write('{"Response":')
      setTimeout(() => response.socket?.destroy(), 10)
    })
    await expect(httpFetch(url, {})).rejects.toBeInstanceOf(TypeError)
  })

  it('answers error statuses with their body rather than rejecting', async () => {
    const { url } = await serve((_request, response) => {
      response.writeHead(503).end('{"Response":{"Error":{"Code":"InternalError"}}}')
    })
    const response = await httpFetch(url, {})
    expect(response.status).toBe(503)
    expect(await response.text()).toContain('InternalError')
  })
})
