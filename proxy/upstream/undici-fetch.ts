/**
 * The upstream call's transport: undici's `Pool` and `request()` (Node core's HTTP client as a package), one
 * pool of keep-alive connections per upstream origin. It skips what `node:http`'s client costs per call (the
 * ClientRequest and IncomingMessage objects, the agent's bookkeeping, the JavaScript HTTP parser); see
 * docs/BENCHMARKS.md, "Issue 28". Same contract as httpFetch: redirects are never followed, failures reject
 * as fetch's do, a TypeError whose `cause` carries the system or undici error code (ECONNREFUSED, …).
 */
import { Pool } from 'undici'
import type { HttpFetch } from './http-fetch.js'

/** Idle connections are kept this long; a busy proxy reuses them well before. */
const KEEP_ALIVE_MS = 30_000

const pools = new Map<string, Pool>()

function poolFor(origin: string): Pool {
  let pool = pools.get(origin)
  if (!pool) {
    // No cap on connections here: the upstream limiter (limits.ts) bounds the calls in flight.
    pool = new Pool(origin, { keepAliveTimeout: KEEP_ALIVE_MS, keepAliveMaxTimeout: KEEP_ALIVE_MS })
    pools.set(origin, pool)
  }
  return pool
}

const failed = (error: unknown) => new TypeError('fetch failed', { cause: error })

export const undiciFetch: HttpFetch = async (url, init) => {
  const target = new URL(url)
  try {
    const { statusCode, body } = await poolFor(target.origin).request({
      path: `${target.pathname}${target.search}`,
      method: (init.method ?? 'GET') as 'GET' | 'POST',
      headers: init.headers,
      body: init.body,
      signal: init.signal,
    })
    const text = await body.text()
    return { status: statusCode, text: async () => text }
  } catch (error) {
    throw failed(error)
  }
}

/** Closes every pool (tests, and a process that wants its sockets gone before it exits). */
export async function closeUndiciPools(): Promise<void> {
  const closing = [...pools.values()].map((pool) => pool.close())
  pools.clear()
  await Promise.all(closing)
}
