/** One load run with autocannon: a fixed number of connections for a fixed time, every answer checked. */
import autocannon from 'autocannon'
import { percentile } from './stats.js'

export interface LoadSpec {
  origin: string
  /** The path of the next request: called once per request, so each may differ (and be freshly signed). */
  nextPath: () => string
  connections: number
  durationSec: number
}

export interface LoadResult {
  rps: number
  p50Ms: number
  p99Ms: number
  requests: number
  /** Transport errors, timeouts, non-2xx answers and 200s carrying an error envelope. */
  failures: number
  /** x-cache answers seen (the proxy only). */
  cacheHits: number
  cacheMisses: number
}

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const latencies: number[] = []
  let envelopeErrors = 0
  let cacheHits = 0
  let cacheMisses = 0
  const instance = autocannon({
    url: spec.origin,
    connections: spec.connections,
    duration: spec.durationSec,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: spec.nextPath() }),
        onResponse: (_status, body, _context, headers) => {
          if (body.includes('"Error"')) envelopeErrors++
          const cache = headers['x-cache']
          if (cache === 'HIT' || cache === 'SHARED') cacheHits++
          else if (cache === 'MISS') cacheMisses++
        },
      },
    ],
  })
  instance.on('response', (_client, _status, _bytes, ms) => {
    latencies.push(ms)
  })
  const result = await instance
  return {
    rps: result.requests.total / result.duration,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    requests: result.requests.total,
    failures: result.errors + result.timeouts + result.non2xx + envelopeErrors,
    cacheHits,
    cacheMisses,
  }
}
