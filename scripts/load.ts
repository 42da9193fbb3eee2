// `npm run load`: 200 connections for 10 s against the proxy in front of a slow emulator, on loopback only.
// Prints the success rate, p50/p99 and the proxy's memory before and after; exits 1 if any answer was not
// 200, 429 or 503 in its proper shape, if a secret reached the log, or if memory did not come back down.
// `--connections N` and `--duration S` change the load (a short run checks the harness itself).
// `--replicas N` runs it through N replicas sharing one Redis instead (scripts/lib/cluster-load.ts).
import type { ChildProcess } from 'node:child_process'
import { parseArgs } from 'node:util'
import { runLoad } from '../bench/load.js'
import { runClusterLoad } from './lib/cluster-load.js'
import { isProperAnswer, type LoadSettings, loadPaths, loadReport, type Memory } from './lib/load-report.js'
import { LOAD_CREDENTIALS, LOAD_DEFAULTS, startLoadTarget } from './lib/load-target.js'
import type { StartedApp } from './lib/start-app.js'

const USAGE = 'usage: npm run load [-- --connections N --duration SECONDS --replicas N]'
const WATCHDOG_MS = 120_000

// Loaded into the proxy with --import: on request, collect garbage and report memory, so "before" and "after"
// compare live data rather than whatever the collector has not got round to yet.
const MEMORY_PROBE = `data:text/javascript,${encodeURIComponent(
  "process.on('message', (m) => { if (m === 'memory') { globalThis.gc(); globalThis.gc(); process.send(process.memoryUsage()) } })",
)}`

function readSettings(): LoadSettings & { replicas: number | null } {
  const { values } = parseArgs({
    options: {
      connections: { type: 'string' },
      duration: { type: 'string' },
      replicas: { type: 'string' },
      help: { type: 'boolean' },
    },
  })
  if (values.help) {
    console.log(USAGE)
    process.exit(0)
  }
  const count = (value: string | undefined, fallback: number) => {
    const number = value === undefined ? fallback : Number(value)
    if (!Number.isInteger(number) || number < 1)
      throw new Error(`not a whole number above 0: ${value}\n${USAGE}`)
    return number
  }
  const replicas = values.replicas === undefined ? null : count(values.replicas, 3)
  return {
    replicas,
    connections: count(values.connections, LOAD_DEFAULTS.connections),
    // A cluster run stops Redis for 5 s midway, with time on either side.
    durationSec: count(values.duration, replicas === null ? LOAD_DEFAULTS.durationSec : 20),
    emulatorLatencyMs: LOAD_DEFAULTS.emulatorLatencyMs,
    heapGrowthLimitMb: 24,
  }
}

/** The proxy's memory after a full garbage collection. */
function measureMemory(child: ChildProcess): Promise<Memory> {
  return new Promise((resolve) => {
    child.once('message', (memory) => resolve(memory as Memory))
    child.send('memory')
  })
}

const settings = readSettings()
if (settings.replicas !== null) {
  const { lines, failures } = await runClusterLoad({ ...settings, replicas: settings.replicas })
  for (const line of lines) console.log(line)
  for (const failure of failures) console.error(`FAILED: ${failure}`)
  process.exit(failures.length === 0 ? 0 : 1)
}
const started: StartedApp[] = []
const watchdog = setTimeout(
  () => {
    console.error('FAILED: the load run did not finish in time')
    for (const server of started) server.child.kill('SIGKILL')
    process.exit(1)
  },
  WATCHDOG_MS + settings.durationSec * 1000,
)

let logLines = 0
let leakedLines = 0
const onLine = (line: string) => {
  logLines++
  if (line.includes(LOAD_CREDENTIALS.TENCENTCLOUD_SECRET_KEY)) leakedLines++
}

const { emulator, proxy } = await startLoadTarget(
  { nodeFlags: ['--expose-gc', '--import', MEMORY_PROBE], ipc: true, onLine },
  settings.emulatorLatencyMs,
  started,
)
const before = await measureMemory(proxy.child)
const result = await runLoad({
  origin: proxy.url,
  nextPath: loadPaths(),
  connections: settings.connections,
  durationSec: settings.durationSec,
  isProper: isProperAnswer,
})
// In-flight upstream calls end within the queue wait and the emulator's latency; health proves it answers.
await (await fetch(`${proxy.url}/healthz`)).text()
const after = await measureMemory(proxy.child)
// SIGTERM and wait, so the proxy finishes in-flight calls and flushes its log before it is counted.
await proxy.stop()
await emulator.stop()
clearTimeout(watchdog)
const { lines, failures } = loadReport(settings, result, { before, after }, leakedLines)
console.log(`proxy log lines scanned: ${logLines}`)
for (const line of lines) console.log(line)
for (const failure of failures) console.error(`FAILED: ${failure}`)
process.exit(failures.length === 0 ? 0 : 1)
