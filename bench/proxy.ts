/**
 * Proxy benchmark: the proxy against its floors, alternated in rounds, for cache misses (distinct queries,
 * against the minimal pass-through and the emulator called directly) and cache hits (one repeated query,
 * against `node:http` answering the same bytes from memory), with the proxy's upstream caps and rate limit off
 * so only its own cost shows. Then the proxy's memory after `npm run load` (load-memory.ts).
 */
import { type RunningProcess, startApp } from '../scripts/lib/start-app.js'
import { benchProxyEnv, FLOOR_HEALTH, startBenchEmulator, startBenchScript } from './bench-processes.js'
import { cpuMs } from './cpu-time.js'
import { type LoadResult, runLoad } from './load.js'
import { benchLoadMemory, type LoadMemoryResults } from './load-memory.js'
import {
  type Contender,
  pathMaker,
  queryCursors,
  SCENARIO_CONTENDERS,
  SCENARIOS,
  type Scenario,
} from './proxy-queries.js'
import { median } from './stats.js'

export { type Contender, SCENARIO_CONTENDERS, SCENARIOS, type Scenario } from './proxy-queries.js'

export interface ProxyBenchOptions {
  rounds: number
  durationSec: number
  connections: number
  /** Extra node flags for the proxy process, e.g. --cpu-prof. */
  proxyNodeFlags: string[]
  /** How long the `npm run load` run before the memory reading lasts. */
  loadDurationSec: number
}

/** A load run plus the CPU time the contender's own process and the emulator spent per request. */
export interface ProxyRun extends LoadResult {
  cpuMsPerRequest: number
  emulatorCpuMsPerRequest: number
}

export interface ProxySummary {
  rps: number
  p50Ms: number
  p99Ms: number
  cpuMsPerRequest: number
  emulatorCpuMsPerRequest: number
  requests: number
  failures: number
  cacheHits: number
  cacheMisses: number
}

export interface ContenderResults {
  rounds: ProxyRun[]
  median: ProxySummary
}

/** Per scenario, the contenders SCENARIO_CONTENDERS names; then the memory after a load run. */
export type ProxyResults = Record<Scenario, Partial<Record<Contender, ContenderResults>>> & {
  load: LoadMemoryResults
}

async function startContenders(options: ProxyBenchOptions): Promise<Record<Contender, RunningProcess>> {
  const { emulator, endpoint } = await startBenchEmulator()
  const proxy = await startApp({
    prebuilt: true,
    nodeFlags: options.proxyNodeFlags,
    // Log lines go nowhere: writing them is part of the cost, reading them is not.
    stdout: 'ignore',
    env: benchProxyEnv(endpoint),
  })
  const floor = (name: string, script: string) =>
    startBenchScript(name, script, { UPSTREAM: endpoint }, FLOOR_HEALTH)
  const passThrough = await floor('pass-through', 'bench/passthrough.ts')
  const memory = await floor('memory server', 'bench/memory-server.ts')
  return { proxy, passThrough, memory, emulator }
}

function summarize(rounds: ProxyRun[]): ProxySummary {
  const sum = (pick: (result: ProxyRun) => number) => rounds.reduce((total, r) => total + pick(r), 0)
  return {
    rps: median(rounds.map((r) => r.rps)),
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    cpuMsPerRequest: median(rounds.map((r) => r.cpuMsPerRequest)),
    emulatorCpuMsPerRequest: median(rounds.map((r) => r.emulatorCpuMsPerRequest)),
    requests: sum((r) => r.requests),
    failures: sum((r) => r.failures),
    cacheHits: sum((r) => r.cacheHits),
    cacheMisses: sum((r) => r.cacheMisses),
  }
}

/** Round r starts with a different contender, so none always runs first (or last) after the others. */
function orderFor(scenario: Scenario, round: number): Contender[] {
  const all = SCENARIO_CONTENDERS[scenario]
  return all.map((_, i) => all[(i + round) % all.length] as Contender)
}

async function benchScenarios(
  options: ProxyBenchOptions,
  log: (line: string) => void,
): Promise<Record<Scenario, Partial<Record<Contender, ContenderResults>>>> {
  const servers = await startContenders(options)
  try {
    // One cursor per contender and scenario for the whole run, so a miss query never comes back too soon.
    const cursors = queryCursors()
    const measure = async (contender: Contender, scenario: Scenario, durationSec: number) => {
      const next = cursors[contender][scenario]
      const server = servers[contender]
      const path = pathMaker(contender, new URL(servers.emulator.url).host)
      const { connections } = options
      const before = [cpuMs(server.pid), cpuMs(servers.emulator.pid)]
      const load = await runLoad({
        origin: server.url,
        nextPath: () => path(next()),
        connections,
        durationSec,
      })
      const spent = [cpuMs(server.pid), cpuMs(servers.emulator.pid)].map(
        (ms, i) => ms - (before[i] as number),
      )
      const perRequest = (ms: number) => ms / Math.max(1, load.requests)
      const emulatorCpuMsPerRequest = perRequest(spent[1] as number)
      return { ...load, cpuMsPerRequest: perRequest(spent[0] as number), emulatorCpuMsPerRequest }
    }
    // Warm-up, not recorded: builds every region's catalog and lets the JIT settle in each process.
    for (const scenario of SCENARIOS)
      for (const contender of SCENARIO_CONTENDERS[scenario]) await measure(contender, scenario, 1)
    const runs = { miss: new Map<Contender, ProxyRun[]>(), hit: new Map<Contender, ProxyRun[]>() }
    for (let round = 0; round < options.rounds; round++) {
      for (const scenario of SCENARIOS) {
        for (const contender of orderFor(scenario, round)) {
          const result = await measure(contender, scenario, options.durationSec)
          runs[scenario].set(contender, [...(runs[scenario].get(contender) ?? []), result])
          log(`proxy ${scenario} round ${round + 1} ${contender}: ${Math.round(result.rps)} req/s`)
        }
      }
    }
    const summaries = (scenario: Scenario) =>
      Object.fromEntries(
        [...runs[scenario]].map(([contender, rounds]) => [contender, { rounds, median: summarize(rounds) }]),
      )
    return { miss: summaries('miss'), hit: summaries('hit') }
  } finally {
    for (const server of Object.values(servers)) await server.stop()
  }
}

/** The contenders' runs, then (with them stopped, so nothing else runs) the memory after a load run. */
export async function benchProxy(
  options: ProxyBenchOptions,
  log: (line: string) => void,
): Promise<ProxyResults> {
  const scenarios = await benchScenarios(options, log)
  const load = await benchLoadMemory(options.loadDurationSec)
  log(`proxy RSS after load: ${Math.round(load.rssAfterMb)} MB (${Math.round(load.rps)} req/s)`)
  return { ...scenarios, load }
}
