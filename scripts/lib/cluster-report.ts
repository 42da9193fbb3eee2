/** What `npm run load -- --replicas N` reports about a cluster run, and what makes it fail. Pure. */
import type { LoadResult } from '../../bench/load.js'

export interface SecondCount {
  second: number
  calls: number
  refused: number
}

/** Answers by status in each phase of the run: before Redis stopped, while it was stopped, after. */
export type PhaseStatuses = Record<'before' | 'outage' | 'after', Record<string, number>>

export interface ClusterRun {
  replicas: number
  connections: number
  durationSec: number
  maxRps: number
  result: LoadResult
  /** The emulator's per-second counts over the run. */
  seconds: SecondCount[]
  phases: PhaseStatuses
  outageMs: number
  /** From stopping Redis until every replica's /readyz said `redis: down`; null if some never did. */
  downAfterMs: number | null
  /** From starting Redis again until every replica said `redis: up`; null if some never did. */
  backAfterMs: number | null
  /** Every /readyz answer during the outage was 200. */
  readyThroughout: boolean
}

const list = (counts: Record<string, number>) =>
  Object.entries(counts)
    .sort(([a], [b]) => Number(a) - Number(b))
    .map(([status, count]) => `${status}: ${count}`)
    .join(', ') || 'none'

const sum = (counts: Record<string, number>) =>
  Object.values(counts).reduce((total, count) => total + count, 0)

/** Seconds at the edges are partial: the rate is taken over the whole seconds between them. */
export function upstreamRates(seconds: readonly SecondCount[]) {
  const whole = seconds.slice(1, -1)
  const calls = whole.reduce((total, { calls }) => total + calls, 0)
  return {
    meanPerSecond: whole.length === 0 ? 0 : calls / whole.length,
    busiestSecond: Math.max(0, ...seconds.map(({ calls }) => calls)),
    refused: seconds.reduce((total, { refused }) => total + refused, 0),
  }
}

export function clusterReport(run: ClusterRun): { lines: string[]; failures: string[] } {
  const { result, phases } = run
  const rates = upstreamRates(run.seconds)
  const answered = sum(result.statuses)
  const cached = result.cacheHits + result.cacheMisses
  const ratio = (part: number) => `${((100 * part) / Math.max(cached, 1)).toFixed(1)}%`
  const outageOther = Object.keys(phases.outage).filter((status) => status !== '200' && status !== '503')
  const lines = [
    `cluster: ${run.replicas} replicas behind one round-robin address, ${run.connections} connections for ${run.durationSec} s`,
    `upstream calls (counted by the emulator): ${rates.meanPerSecond.toFixed(1)}/s on average, busiest one-second window ${rates.busiestSecond} (UPSTREAM_MAX_RPS ${run.maxRps})`,
    `upstream rate-limit refusals: ${rates.refused}`,
    `answers: ${answered} (${list(result.statuses)}); errors ${result.errors}, timeouts ${result.timeouts}`,
    `cache: ${ratio(result.cacheHits)} answered without an upstream call (${ratio(result.cacheShared)} from another replica, SHARED)`,
    `latency: p50 ${Math.round(result.p50Ms)} ms, p99 ${Math.round(result.p99Ms)} ms`,
    `Redis stopped for ${(run.outageMs / 1000).toFixed(1)} s: every replica showed redis: down after ${run.downAfterMs ?? 'never'} ms, ready throughout: ${run.readyThroughout ? 'yes' : 'no'}`,
    `  answers before: ${list(phases.before)}; during: ${list(phases.outage)}; after: ${list(phases.after)}`,
    `  shared mode back on every replica ${run.backAfterMs ?? 'never'} ms after Redis started again`,
  ]
  const failures = [
    rates.busiestSecond > run.maxRps && `the upstream saw ${rates.busiestSecond} calls in one second`,
    rates.refused > 0 && `the upstream refused ${rates.refused} calls for its quota`,
    result.improper > 0 && 'answers other than 200/429/503 in their proper shape',
    result.errors + result.timeouts > 0 && 'connection errors or timeouts',
    outageOther.length > 0 &&
      `answers other than 200 and 503 while Redis was stopped (${outageOther.join(', ')})`,
    !run.readyThroughout && 'a replica was not ready while Redis was stopped',
    run.downAfterMs === null && 'a replica never showed redis: down',
    run.backAfterMs === null && 'a replica did not return to shared mode',
  ].filter((failure): failure is string => typeof failure === 'string')
  return { lines, failures }
}
