/**
 * One load run with autocannon: a fixed number of connections for a fixed time, every answer checked. The
 * bench measures the proxy with it, and `npm run load` (scripts/load.ts) holds the proxy under pressure.
 */
import autocannon from 'autocannon'
import { percentile } from './stats.js'

export interface LoadSpec {
  origin: string
  /** The path of the next request: called once per request, so each may differ (and be freshly signed). */
  nextPath: () => string
  connections: number
  durationSec: number
  /** Whether an answer is one the target may give; by default a 2xx without Tencent's error envelope. */
  isProper?: (status: number, body: string) => boolean
  /** Called with each answer's status and X-Cache, as it arrives. */
  onAnswer?: (status: number, cache: string) => void
}

export interface LoadResult {
  rps: number
  p50Ms: number
  p99Ms: number
  maxMs: number
  requests: number
  /** How many answers came with each HTTP status. */
  statuses: Record<string, number>
  /** Answers `isProper` refused. */
  improper: number
  /** Transport errors and timeouts, and the error codes behind them. */
  errors: number
  timeouts: number
  errorCodes: string[]
  /** errors + timeouts + improper answers. */
  failures: number
  /** x-cache answers seen (the proxy only). */
  cacheHits: number
  cacheMisses: number
  /** Of cacheHits, the answers another replica had cached (X-Cache: SHARED). */
  cacheShared: number
}

const isSuccess = (status: number, body: string) => status >= 200 && status < 300 && !body.includes('"Error"')

export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  const isProper = spec.isProper ?? isSuccess
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  const errorCodes = new Set<string>()
  let improper = 0
  let cacheHits = 0
  let cacheMisses = 0
  let cacheShared = 0
  const instance = autocannon({
    url: spec.origin,
    connections: spec.connections,
    duration: spec.durationSec,
    requests: [
      {
        method: 'GET',
        setupRequest: (request) => ({ ...request, path: spec.nextPath() }),
        onResponse: (status, body, _context, headers) => {
          statuses[status] = (statuses[status] ?? 0) + 1
          if (!isProper(status, body)) improper++
          const cache = String(headers['x-cache'] ?? '')
          if (cache === 'HIT' || cache === 'SHARED') cacheHits++
          else if (cache === 'MISS') cacheMisses++
          if (cache === 'SHARED') cacheShared++
          spec.onAnswer?.(status, cache)
        },
      },
    ],
  })
  instance.on('response', (_client, _status, _bytes, ms) => {
    latencies.push(ms)
  })
  instance.on('reqError', (error) => {
    errorCodes.add(error.code ?? error.message)
  })
  const result = await instance
  return {
    rps: result.requests.total / result.duration,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    maxMs: percentile(latencies, 100),
    requests: result.requests.total,
    statuses,
    improper,
    errors: result.errors,
    timeouts: result.timeouts,
    errorCodes: [...errorCodes],
    failures: result.errors + result.timeouts + improper,
    cacheHits,
    cacheMisses,
    cacheShared,
  }
}
