/**
 * `npx tsx bench/proxy-ab.ts [--rounds=N] [--seconds=S]` (after `npm run build`): the proxy's upstream
 * transports A/B, undici's Pool (the default) against the node:http one it replaced, each against the floors
 * of bench/proxy.ts in the same rounds: a miss against the minimal pass-through, a hit against `node:http`
 * from memory. Rounds rotate who goes first; the figures are medians, the ratios taken round by round.
 */
import type { RunningProcess } from '../scripts/lib/start-app.js'
import { benchProxyEnv, FLOOR_HEALTH, startBenchEmulator, startBenchScript } from './bench-processes.js'
import { cpuMs } from './cpu-time.js'
import { runLoad } from './load.js'
import { pathMaker, queryCursors } from './proxy-queries.js'
import { median } from './stats.js'

const option = (name: string, fallback: number) =>
  Number(process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1] ?? fallback)
const ROUNDS = option('rounds', 5)
const SECONDS = option('seconds', 3)
const CONNECTIONS = 10

type Side = 'undici' | 'http' | 'passThrough' | 'memory'
const SIDES: Record<'miss' | 'hit', Side[]> = {
  miss: ['undici', 'http', 'passThrough'],
  hit: ['undici', 'http', 'memory'],
}

async function start(): Promise<{ emulator: RunningProcess; sides: Record<Side, RunningProcess> }> {
  const { emulator, endpoint } = await startBenchEmulator()
  const proxyEnv = (transport: string) => ({
    ...benchProxyEnv(endpoint),
    TRANSPORT: transport,
    HOST: '127.0.0.1',
  })
  const sides = {
    undici: await startBenchScript(
      'undici proxy',
      'bench/transport-server.ts',
      proxyEnv('undici'),
      '/healthz',
    ),
    http: await startBenchScript(
      'node:http proxy',
      'bench/transport-server.ts',
      proxyEnv('http'),
      '/healthz',
    ),
    passThrough: await startBenchScript(
      'pass-through',
      'bench/passthrough.ts',
      { UPSTREAM: endpoint },
      FLOOR_HEALTH,
    ),
    memory: await startBenchScript(
      'memory server',
      'bench/memory-server.ts',
      { UPSTREAM: endpoint },
      FLOOR_HEALTH,
    ),
  }
  return { emulator, sides }
}

interface Figure {
  rps: number
  cpuMsPerRequest: number
  failures: number
}

const { emulator, sides } = await start()
const cursors = Object.fromEntries(
  (Object.keys(sides) as Side[]).map((side) => [side, queryCursors().proxy]),
) as Record<Side, ReturnType<typeof queryCursors>['proxy']>
const host = new URL(emulator.url).host

async function measure(side: Side, scenario: 'miss' | 'hit', seconds: number): Promise<Figure> {
  const server = sides[side]
  const path = pathMaker(side === 'undici' || side === 'http' ? 'proxy' : side, host)
  const next = cursors[side][scenario]
  const before = cpuMs(server.pid)
  const load = await runLoad({
    origin: server.url,
    nextPath: () => path(next()),
    connections: CONNECTIONS,
    durationSec: seconds,
  })
  const spent = cpuMs(server.pid) - before
  return { rps: load.rps, cpuMsPerRequest: spent / Math.max(1, load.requests), failures: load.failures }
}

const results: Record<string, Figure[]> = {}
try {
  for (const scenario of ['miss', 'hit'] as const)
    for (const side of SIDES[scenario]) await measure(side, scenario, 1)
  for (let round = 0; round < ROUNDS; round++) {
    for (const scenario of ['miss', 'hit'] as const) {
      const order = SIDES[scenario].map((_, i, all) => all[(i + round) % all.length] as Side)
      for (const side of order) {
        const figure = await measure(side, scenario, SECONDS)
        const key = `${scenario} ${side}`
        results[key] = [...(results[key] ?? []), figure]
        console.error(`round ${round + 1} ${key}: ${Math.round(figure.rps)} req/s`)
      }
    }
  }
} finally {
  for (const server of [...Object.values(sides), emulator]) await server.stop()
}

const pick = (key: string, field: keyof Figure) => (results[key] ?? []).map((figure) => figure[field])
const ratio = (a: string, b: string) => {
  const bs = pick(b, 'rps')
  return median(pick(a, 'rps').map((rps, i) => rps / (bs[i] as number)))
}
console.log(`${ROUNDS} rounds × ${SECONDS} s, ${CONNECTIONS} connections; medians`)
for (const key of Object.keys(results)) {
  const rps = Math.round(median(pick(key, 'rps')))
  const cpu = median(pick(key, 'cpuMsPerRequest')).toFixed(3)
  const failures = pick(key, 'failures').reduce((sum, n) => sum + n, 0)
  console.log(`${key.padEnd(18)} ${String(rps).padStart(6)} req/s  ${cpu} CPU ms/req  ${failures} failures`)
}
for (const [a, b] of [
  ['miss undici', 'miss passThrough'],
  ['miss http', 'miss passThrough'],
  ['hit undici', 'hit memory'],
  ['hit http', 'hit memory'],
])
  console.log(`${a} / ${b}: ${ratio(a as string, b as string).toFixed(2)} × (median of per-round ratios)`)
