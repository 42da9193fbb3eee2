// `npm run cluster`: Redis, the emulator (with Tencent's 40/s quota) and three proxy replicas in shared mode on
// loopback, behind one round-robin address; prints the URL and runs until Ctrl+C. `--replicas N` for another count.
import { parseArgs } from 'node:util'
import { startCluster } from './lib/cluster.js'

const { values } = parseArgs({ options: { replicas: { type: 'string', default: '3' } } })
const replicas = Number(values.replicas)
if (!Number.isInteger(replicas) || replicas < 1 || replicas > 16) {
  console.error('usage: npm run cluster [-- --replicas N] (N from 1 to 16)')
  process.exit(1)
}

const cluster = await startCluster({ replicas })
console.log(`Redis on ${cluster.redis.url}, emulator on ${cluster.emulator.url} (40 calls/s per SecretId)`)
console.log(`replicas: ${cluster.replicas.map((replica) => replica.url).join(', ')}`)
console.log(`CVM Image Browser, ${replicas} replicas behind one round-robin address: ${cluster.url}/`)

let stopping = false
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) process.exit(1)
    stopping = true
    cluster.stop().then(() => process.exit(0))
  })
}
