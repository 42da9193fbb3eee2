/**
 * The upstream call's transport: one request on a keep-alive connection, the answer read as text. It does
 * the part of fetch() the upstream client uses at a third of the CPU: Node 20's fetch was most of what a
 * cache miss cost the proxy (docs/BENCHMARKS.md). Redirects are never followed; failures reject like fetch's,
 * a TypeError whose `cause` carries the system error code (ECONNREFUSED, …).
 */
import http from 'node:http'
import https from 'node:https'

export interface HttpFetchInit {
  method?: string
  headers?: Record<string, string>
  body?: string
  signal?: AbortSignal
  /** Only 'manual' is allowed: httpFetch never follows redirects, and an injected fetch must not either. */
  redirect?: 'manual'
}

export interface HttpFetchResponse {
  status: number
  text(): Promise<string>
}

/** What the upstream client needs of fetch; the global fetch fits it too (tests inject one). */
export type HttpFetch = (url: string, init: HttpFetchInit) => Promise<HttpFetchResponse>

const agents = {
  http: new http.Agent({ keepAlive: true }),
  https: new https.Agent({ keepAlive: true }),
}

export const httpFetch: HttpFetch = (url, init) =>
  new Promise((resolve, reject) => {
    const target = new URL(url)
    const secure = target.protocol === 'https:'
    const options = {
      method: init.method ?? 'GET',
      headers: init.headers,
      signal: init.signal,
      agent: secure ? agents.https : agents.http,
    }
    const fail = (error: Error) => reject(new TypeError('fetch failed', { cause: error }))
    const request = (secure ? https : http).request(target, options, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('error', fail)
      response.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8')
        resolve({ status: response.statusCode ?? 0, text: async () => body })
      })
    })
    request.on('error', fail)
    request.end(init.body)
  })

/** A system error code such as ECONNREFUSED: safe to show, unlike a whole error message. */
export function causeCode(error: unknown): string {
  const code = (error as { cause?: { code?: unknown } }).cause?.code
  return typeof code === 'string' && /^[A-Z_]+$/.test(code) ? ` (${code})` : ''
}
