/**
 * `npx tsx bench/proxy-ab.ts [--rounds=N] [--seconds=S]` (after `npm run build`): the proxy's upstream
 * transports A/B, undici's Pool (the default) against the node:http one it replaced, each against the floors
 * of bench/proxy.ts in the same rounds: a miss against the minimal pass-through, a hit against `node:http`
 * from memory. Rounds rotate who goes first; the figures are medians, the ratios taken round by round.
 */
import { LEGACY_API_PATH } from '../scripts/lib/paths.js'
import { freePort, type RunningProcess, startApp, startProcess, tsxArgs } from '../scripts/lib/start-app.js'
import { cpuMs } from './cpu-time.js'
import { runLoad } from './load.js'
import { pathMaker, queryCursors } from './proxy-queries.js'
import { BENCH_CREDENTIALS } from './sign.js'
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
  const emulator = await startApp({
    program: 'emulator',
    prebuilt: true,
    stdout: 'ignore',
    env: {
      EMULATOR_SECRET_ID: BENCH_CREDENTIALS.secretId,
      EMULATOR_SECRET_KEY: BENCH_CREDENTIALS.secretKey,
      EMULATOR_MAX_RPS: '0',
    },
  })
  const endpoint = `${emulator.url}${LEGACY_API_PATH}`
  const run = async (name: string, script: string, env: Record<string, string>, healthPath: string) => {
    const port = await freePort()
    const args = tsxArgs(script)
    return startProcess({
      name,
      args,
      env: { PORT: String(port), ...env },
      port,
      healthPath,
      stdout: 'ignore',
    })
  }
  const proxyEnv = (transport: string) => ({
    TRANSPORT: transport,
    HOST: '127.0.0.1',
    IMAGE_API_ENDPOINT: endpoint,
    TENCENTCLOUD_SECRET_ID: BENCH_CREDENTIALS.secretId,
    TENCENTCLOUD_SECRET_KEY: BENCH_CREDENTIALS.secretKey,
    UPSTREAM_MAX_RPS: '0',
    UPSTREAM_MAX_CONCURRENT: '0',
    RATE_LIMIT_PER_MINUTE: '0',
  })
  const floorHealth = '/?Region=ap-guangzhou&Offset=0&Limit=1'
  const sides = {
    undici: await run('undici proxy', 'bench/transport-server.ts', proxyEnv('undici'), '/healthz'),
    http: await run('node:http proxy', 'bench/transport-server.ts', proxyEnv('http'), '/healthz'),
    passThrough: await run('pass-through', 'bench/passthrough.ts', { UPSTREAM: endpoint }, floorHealth),
    memory: await run('memory server', 'bench/memory-server.ts', { UPSTREAM: endpoint }, floorHealth),
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
