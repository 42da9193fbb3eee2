// `npm run cluster`: Redis, the emulator (with Tencent's 40/s quota) and three proxy replicas in shared mode on
// loopback, behind one round-robin address on 127.0.0.1:PORT (8080, as `npm start`); prints the URL and runs
// until SIGTERM or Ctrl+C, then lets answers in flight finish and stops everything. `--replicas N` for another count.
import { parseArgs } from 'node:util'
import { closeOnSignals } from '../proxy/startup.js'
import { startCluster } from './lib/cluster.js'

/** Answers in flight get this long to finish after a signal. */
const STOP_GRACE_MS = 15_000

function fail(message: string): never {
  console.error(message)
  process.exit(1)
}

const { values } = parseArgs({ options: { replicas: { type: 'string', default: '3' } } })
const replicas = Number(values.replicas)
if (!Number.isInteger(replicas) || replicas < 1 || replicas > 16) {
  fail('usage: npm run cluster [-- --replicas N] (N from 1 to 16)')
}
const portText = process.env.PORT?.trim() || '8080'
const port = Number(portText)
if (!/^\d+$/.test(portText) || port > 65_535) {
  fail(`Invalid configuration: PORT: expected a whole number from 0 to 65535, got "${portText}"`)
}

const cluster = await startCluster({ replicas, port }).catch((error: NodeJS.ErrnoException) =>
  fail(`Cannot start the cluster on 127.0.0.1:${port}: ${error.code ?? error.message}`),
)
console.log(`Redis on ${cluster.redis.url}, emulator on ${cluster.emulator.url} (40 calls/s per SecretId)`)
console.log(`replicas: ${cluster.replicas.map((replica) => replica.url).join(', ')}`)
console.log(`CVM Image Browser, ${replicas} replicas behind one round-robin address: ${cluster.url}/`)

closeOnSignals(
  process,
  async () => {
    setTimeout(() => process.exit(1), STOP_GRACE_MS).unref()
    await cluster.stop()
  },
  (code) => process.exit(code),
)
