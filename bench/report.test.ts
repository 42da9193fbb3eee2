import { describe, expect, it } from 'vitest'
import type { ContenderResults, ProxyResults } from './proxy.js'
import { proxyBudgets, proxyTable } from './report.js'

function contender(rps: number): ContenderResults {
  const median = {
    rps,
    p50Ms: 1,
    p99Ms: 2,
    cpuMsPerRequest: 0.1,
    emulatorCpuMsPerRequest: 0.1,
    requests: rps,
    failures: 0,
    cacheHits: 0,
    cacheMisses: 0,
  }
  return { rounds: [], median }
}

const LOAD = {
  connections: 200,
  durationSec: 10,
  emulatorLatencyMs: 150,
  rps: 5000,
  requests: 50_000,
  statuses: { 200: 50_000 },
  failures: 0,
  rssBeforeMb: 80,
  rssAfterMb: 120.4,
  peakRssMb: 130,
}

const RESULTS: ProxyResults = {
  miss: { proxy: contender(3000), passThrough: contender(4000), emulator: contender(6000) },
  hit: { proxy: contender(9000), memory: contender(12_000), passThrough: contender(4000) },
  load: LOAD,
}

describe('proxyBudgets', () => {
  it('holds a miss to the pass-through, a hit to the memory server, and the RSS after a load run', () => {
    const budgets = Object.fromEntries(proxyBudgets(RESULTS).map((budget) => [budget.name, budget]))
    expect(budgets['proxy miss req/s vs pass-through']).toMatchObject({
      value: 0.75,
      limit: 0.8,
      kind: 'min',
    })
    expect(budgets['proxy hit req/s vs memory server']).toMatchObject({
      value: 0.75,
      limit: 0.85,
      kind: 'min',
    })
    expect(budgets['proxy RSS after npm run load']).toMatchObject({ value: 120.4, limit: 150, kind: 'max' })
  })

  it('gives NaN, never a verdict from another floor, when a floor did not run', () => {
    const budgets = proxyBudgets({ ...RESULTS, hit: { proxy: contender(9000) } })
    expect(budgets.find((budget) => budget.name.startsWith('proxy hit'))?.value).toBeNaN()
  })
})

describe('proxyTable', () => {
  it('lists each scenario’s contenders and the memory line', () => {
    const table = proxyTable(RESULTS)
    expect(table).toMatch(/hit\s+node:http from memory\s+12000/)
    expect(table).not.toMatch(/hit\s+emulator direct/)
    expect(table).toContain('proxy RSS 120.4 MB (before 80 MB, peak 130 MB)')
  })
})
