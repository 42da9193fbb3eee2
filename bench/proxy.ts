/**
 * Proxy benchmark: the proxy against the emulator called directly and against the minimal pass-through,
 * alternated in rounds, for cache misses (distinct queries) and cache hits (one repeated query), with the
 * proxy's upstream caps and rate limit off so only its own cost shows.
 */
import { REGIONS } from '../core/regions.js'
import { cpuMs } from './cpu-time.js'
import { type LoadResult, runLoad } from './load.js'
import { PORTS, type Server, startServer, tsxArgs } from './servers.js'
import { BENCH_CREDENTIALS, nonceCounter, signedQuery } from './sign.js'
import { median } from './stats.js'

export const CONTENDERS = ['proxy', 'passThrough', 'emulator'] as const
export type Contender = (typeof CONTENDERS)[number]
export const SCENARIOS = ['miss', 'hit'] as const
export type Scenario = (typeof SCENARIOS)[number]

export interface ProxyBenchOptions {
  rounds: number
  durationSec: number
  connections: number
  /** Extra node flags for the proxy process, e.g. --cpu-prof. */
  proxyNodeFlags: string[]
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

export type ProxyResults = Record<Scenario, Record<Contender, { rounds: ProxyRun[]; median: ProxySummary }>>

const API_PATH = '/v2/index.php'
const PAGE = 20
/** Offsets that still return a full page from the default catalog (363 images a region). */
const OFFSETS = 340

/**
 * Distinct queries in a fixed cycle (22 regions × 340 offsets = 7,480): far more than the proxy's
 * 1,000-entry cache, so a query comes round again only long after it was evicted. Each contender walks the
 * same cycle from the start, so all do the same work.
 */
function missQueries(): () => [string, string][] {
  let index = 0
  return () => {
    const region = REGIONS[index % REGIONS.length]?.id ?? ''
    const offset = Math.floor(index / REGIONS.length) % OFFSETS
    index++
    return [
      ['Region', region],
      ['Offset', String(offset)],
      ['Limit', String(PAGE)],
    ]
  }
}

function hitQueries(): () => [string, string][] {
  const query: [string, string][] = [
    ['Region', 'ap-guangzhou'],
    ['Offset', '0'],
    ['Limit', String(PAGE)],
  ]
  return () => query
}

/** How each contender is called with the same business query. */
function pathMaker(contender: Contender): (query: [string, string][]) => string {
  if (contender === 'proxy') return (query) => `/api/DescribeImages?${new URLSearchParams(query)}`
  if (contender === 'passThrough') return (query) => `/?${new URLSearchParams(query)}`
  const nextNonce = nonceCounter()
  const target = { host: `127.0.0.1:${PORTS.emulator}`, path: API_PATH }
  return (query) => `${API_PATH}?${signedQuery(query, target, nextNonce())}`
}

async function startContenders(options: ProxyBenchOptions): Promise<Record<Contender, Server>> {
  const endpoint = `http://127.0.0.1:${PORTS.emulator}${API_PATH}`
  const emulator = await startServer({
    name: 'emulator',
    args: ['dist-server/emulator/main.js'],
    // The proxy's own throughput is measured here, not Tencent's quota.
    env: { EMULATOR_PORT: String(PORTS.emulator), EMULATOR_MAX_RPS: '0' },
    port: PORTS.emulator,
    healthPath: '/healthz',
  })
  const proxy = await startServer({
    name: 'proxy',
    args: [...options.proxyNodeFlags, 'dist-server/proxy/main.js'],
    env: {
      PORT: String(PORTS.proxy),
      HOST: '127.0.0.1',
      IMAGE_API_ENDPOINT: endpoint,
      TENCENTCLOUD_SECRET_ID: BENCH_CREDENTIALS.secretId,
      TENCENTCLOUD_SECRET_KEY: BENCH_CREDENTIALS.secretKey,
      UPSTREAM_MAX_RPS: '0',
      UPSTREAM_MAX_CONCURRENT: '0',
      RATE_LIMIT_PER_MINUTE: '0',
    },
    port: PORTS.proxy,
    healthPath: '/healthz',
  })
  const passThrough = await startServer({
    name: 'pass-through',
    args: tsxArgs('bench/passthrough.ts'),
    env: { PORT: String(PORTS.passThrough), UPSTREAM: endpoint },
    port: PORTS.passThrough,
    healthPath: '/?Region=ap-guangzhou&Offset=0&Limit=1',
  })
  return { proxy, passThrough, emulator }
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
function orderFor(round: number): Contender[] {
  return CONTENDERS.map((_, i) => CONTENDERS[(i + round) % CONTENDERS.length] as Contender)
}

export async function benchProxy(
  options: ProxyBenchOptions,
  log: (line: string) => void,
): Promise<ProxyResults> {
  const servers = await startContenders(options)
  try {
    // One cursor per contender and scenario for the whole run, so a miss query never comes back too soon.
    const cursors = Object.fromEntries(
      CONTENDERS.map((contender) => [contender, { miss: missQueries(), hit: hitQueries() }]),
    ) as Record<Contender, Record<Scenario, () => [string, string][]>>
    const measure = async (contender: Contender, scenario: Scenario, durationSec: number) => {
      const next = cursors[contender][scenario]
      const path = pathMaker(contender)
      const { connections } = options
      const server = servers[contender]
      const before = [cpuMs(server.pid), cpuMs(servers.emulator.pid)]
      const load = await runLoad({
        origin: server.origin,
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
      for (const contender of CONTENDERS) await measure(contender, scenario, 1)
    const runs = { miss: emptyRuns(), hit: emptyRuns() }
    for (let round = 0; round < options.rounds; round++) {
      for (const scenario of SCENARIOS) {
        for (const contender of orderFor(round)) {
          const result = await measure(contender, scenario, options.durationSec)
          runs[scenario][contender].push(result)
          log(`proxy ${scenario} round ${round + 1} ${contender}: ${Math.round(result.rps)} req/s`)
        }
      }
    }
    const results = {} as ProxyResults
    for (const scenario of SCENARIOS) {
      results[scenario] = {} as ProxyResults[Scenario]
      for (const contender of CONTENDERS) {
        const rounds = runs[scenario][contender]
        results[scenario][contender] = { rounds, median: summarize(rounds) }
      }
    }
    return results
  } finally {
    for (const server of Object.values(servers)) await server.stop()
  }
}

function emptyRuns(): Record<Contender, ProxyRun[]> {
  return { proxy: [], passThrough: [], emulator: [] }
}
