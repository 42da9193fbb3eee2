/** What `npm run load` asks, accepts and reports: the mix of calls, the proper answers, the verdict. Pure. */
import type { LoadResult } from '../../bench/load.js'

export interface LoadSettings {
  connections: number
  durationSec: number
  emulatorLatencyMs: number
  /** Live data may grow by the response cache (at most 1,000 pages) and little else. */
  heapGrowthLimitMb: number
}

export interface Memory {
  heapUsed: number
  rss: number
}

const ALLOWED = new Set([200, 429, 503])

/** 80% of calls page through a few popular views (cache hits), 20% ask for new offsets (upstream calls). */
export function loadPaths(random: () => number = Math.random): () => string {
  const hot = ['ap-guangzhou', 'ap-shanghai', 'ap-tokyo', 'eu-frankfurt'].flatMap((region) =>
    [0, 20, 40, 60, 80].map((offset) => `Region=${region}&Offset=${offset}&Limit=20`),
  )
  let cold = 1_000
  return () => {
    const query = random() < 0.8 ? hot[Math.floor(random() * hot.length)] : `Offset=${cold++}&Limit=20`
    return `/api/DescribeImages?${query}`
  }
}

/** A 200 carries an ImageSet; a 429 or 503 carries the envelope with a code; nothing else is allowed. */
export function isProperAnswer(status: number, body: string): boolean {
  if (!ALLOWED.has(status)) return false
  try {
    const response = JSON.parse(body).Response
    if (status === 200) return Array.isArray(response.ImageSet) && typeof response.TotalCount === 'number'
    return typeof response.Error.Code === 'string' && typeof response.RequestId === 'string'
  } catch {
    return false
  }
}

const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1)
const ms = (value: number) => Math.round(value).toLocaleString('en-US')

/** The printed lines, and what failed (empty when the run passed). */
export function loadReport(
  settings: LoadSettings,
  result: LoadResult,
  memory: { before: Memory; after: Memory },
  leakedLines: number,
): { lines: string[]; failures: string[] } {
  const { before, after } = memory
  const answered = Object.values(result.statuses).reduce((sum, count) => sum + count, 0)
  const ok = result.statuses[200] ?? 0
  const byStatus = Object.entries(result.statuses)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, count]) => `${status}: ${count}`)
  const heapGrowth = (after.heapUsed - before.heapUsed) / 2 ** 20
  const lines = [
    `load: ${settings.connections} connections for ${settings.durationSec} s, emulator latency ${settings.emulatorLatencyMs} ms`,
    `answers: ${answered} (${byStatus.join(', ')}); errors ${result.errors}, timeouts ${result.timeouts}`,
    `success rate (200): ${((100 * ok) / Math.max(answered, 1)).toFixed(1)}%`,
    `latency: p50 ${ms(result.p50Ms)} ms, p99 ${ms(result.p99Ms)} ms, max ${ms(result.maxMs)} ms`,
    `throughput: ${Math.round(result.rps)} requests/s`,
    `proxy heap: ${mb(before.heapUsed)} MB before, ${mb(after.heapUsed)} MB after (${heapGrowth.toFixed(1)} MB)`,
    `proxy rss: ${mb(before.rss)} MB before, ${mb(after.rss)} MB after`,
    `malformed or unexpected answers: ${result.improper}; log lines carrying the secret: ${leakedLines}`,
  ]
  const failures = [
    result.improper > 0 && 'answers other than 200/429/503 in their proper shape',
    result.errors > 0 && `connection errors (${result.errorCodes.join(', ')})`,
    answered === 0 && 'no answers at all',
    leakedLines > 0 && 'the secret key in a log line',
    heapGrowth > settings.heapGrowthLimitMb && `heap grew by more than ${settings.heapGrowthLimitMb} MB`,
  ].filter((failure): failure is string => typeof failure === 'string')
  return { lines, failures }
}
