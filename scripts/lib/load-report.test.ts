import { describe, expect, it } from 'vitest'
import type { LoadResult } from '../../bench/load.js'
import { isProperAnswer, loadPaths, loadReport } from './load-report.js'

const SETTINGS = { connections: 200, durationSec: 10, emulatorLatencyMs: 150, heapGrowthLimitMb: 24 }
const MB = 2 ** 20
const MEMORY = { before: { heapUsed: 10 * MB, rss: 70 * MB }, after: { heapUsed: 12 * MB, rss: 90 * MB } }

function result(overrides: Partial<LoadResult> = {}): LoadResult {
  return {
    rps: 7899.4,
    p50Ms: 15.6,
    p99Ms: 82.2,
    maxMs: 1710,
    requests: 300,
    statuses: { 503: 100, 200: 200 },
    improper: 0,
    errors: 0,
    timeouts: 0,
    errorCodes: [],
    failures: 0,
    cacheHits: 0,
    cacheMisses: 0,
    cacheShared: 0,
    ...overrides,
  }
}

describe('npm run load', () => {
  it('accepts a 200 with an ImageSet and a 429 or 503 in the envelope, nothing else', () => {
    const envelope = '{"Response":{"Error":{"Code":"ProxyError.Busy","Message":"m"},"RequestId":"r"}}'
    expect(isProperAnswer(200, '{"Response":{"ImageSet":[],"TotalCount":0,"RequestId":"r"}}')).toBe(true)
    expect(isProperAnswer(503, envelope)).toBe(true)
    expect(isProperAnswer(429, envelope)).toBe(true)
    expect(isProperAnswer(200, envelope)).toBe(false)
    expect(isProperAnswer(502, envelope)).toBe(false)
    expect(isProperAnswer(503, 'Service Unavailable')).toBe(false)
  })

  it('asks for popular pages four times in five and for new offsets otherwise', () => {
    const draws = [0.5, 0, 0.9]
    const next = loadPaths(() => draws.shift() ?? 0)
    expect(next()).toBe('/api/DescribeImages?Region=ap-guangzhou&Offset=0&Limit=20')
    expect(next()).toBe('/api/DescribeImages?Offset=1000&Limit=20')
  })

  it('prints statuses in order, the success rate, whole milliseconds and memory, and passes a clean run', () => {
    const { lines, failures } = loadReport(SETTINGS, result(), MEMORY, 0)
    expect(lines).toContain('answers: 300 (200: 200, 503: 100); errors 0, timeouts 0')
    expect(lines).toContain('success rate (200): 66.7%')
    expect(lines).toContain('latency: p50 16 ms, p99 82 ms, max 1,710 ms')
    expect(lines).toContain('proxy heap: 10.0 MB before, 12.0 MB after (2.0 MB)')
    expect(failures).toEqual([])
  })

  it('fails on a malformed answer, a connection error, a leaked secret and heap growth', () => {
    const grown = { ...MEMORY, after: { heapUsed: 40 * MB, rss: 90 * MB } }
    const bad = result({ improper: 1, errors: 2, errorCodes: ['ECONNRESET'] })
    expect(loadReport(SETTINGS, bad, grown, 3).failures).toEqual([
      'answers other than 200/429/503 in their proper shape',
      'connection errors (ECONNRESET)',
      'the secret key in a log line',
      'heap grew by more than 24 MB',
    ])
    expect(loadReport(SETTINGS, result({ statuses: {} }), MEMORY, 0).failures).toEqual(['no answers at all'])
  })
})
