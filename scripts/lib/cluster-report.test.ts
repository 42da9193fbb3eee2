import { describe, expect, it } from 'vitest'
import type { LoadResult } from '../../bench/load.js'
import { type ClusterRun, clusterReport, upstreamRates } from './cluster-report.js'

const result: LoadResult = {
  rps: 100,
  p50Ms: 20,
  p99Ms: 400,
  maxMs: 900,
  requests: 2000,
  statuses: { 200: 1900, 503: 100 },
  improper: 0,
  errors: 0,
  timeouts: 0,
  errorCodes: [],
  failures: 0,
  cacheHits: 1600,
  cacheMisses: 300,
  cacheShared: 40,
}

function run(overrides: Partial<ClusterRun> = {}): ClusterRun {
  return {
    replicas: 3,
    connections: 200,
    durationSec: 20,
    maxRps: 25,
    result,
    seconds: [
      { second: 1, calls: 4, refused: 0 },
      { second: 2, calls: 23, refused: 0 },
      { second: 3, calls: 21, refused: 0 },
      { second: 4, calls: 2, refused: 0 },
    ],
    phases: { before: { 200: 900 }, outage: { 200: 400, 503: 100 }, after: { 200: 600 } },
    outageMs: 5000,
    downAfterMs: 60,
    backAfterMs: 700,
    readyThroughout: true,
    ...overrides,
  }
}

describe('npm run load -- --replicas N', () => {
  it('takes the upstream rate over whole seconds only, and the busiest second over all', () => {
    expect(upstreamRates(run().seconds)).toEqual({ meanPerSecond: 22, busiestSecond: 23, refused: 0 })
  })

  it('passes a run under the cap, without refusals, with only 200 and 503 during the outage', () => {
    const { lines, failures } = clusterReport(run())
    expect(failures).toEqual([])
    expect(lines).toContain('upstream rate-limit refusals: 0')
    expect(lines.join('\n')).toContain('84.2% answered without an upstream call (2.1% from another replica')
    expect(lines.join('\n')).toContain('during: 200: 400, 503: 100')
  })

  it('fails a run whose upstream saw more than the cap in a second, or refused calls', () => {
    const seconds = [{ second: 1, calls: 26, refused: 1 }]
    expect(clusterReport(run({ seconds })).failures).toEqual([
      'the upstream saw 26 calls in one second',
      'the upstream refused 1 calls for its quota',
    ])
  })

  it('fails a run with other answers while Redis was stopped, or no return to shared mode', () => {
    const phases = { before: {}, outage: { 200: 10, 502: 1 }, after: {} }
    expect(clusterReport(run({ phases, backAfterMs: null, readyThroughout: false })).failures).toEqual([
      'answers other than 200 and 503 while Redis was stopped (502)',
      'a replica was not ready while Redis was stopped',
      'a replica did not return to shared mode',
    ])
  })
})
