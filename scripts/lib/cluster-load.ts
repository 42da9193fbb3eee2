/**
 * `npm run load -- --replicas N`: load through a cluster (scripts/lib/cluster.ts), with Redis stopped for 5 s
 * midway; the emulator counts what reaches the upstream.
 */
import { setTimeout as delay } from 'node:timers/promises'
import { runLoad } from '../../bench/load.js'
import { type Cluster, startCluster } from './cluster.js'
import { type ClusterRun, clusterReport, type PhaseStatuses, type SecondCount } from './cluster-report.js'
import { setFaults } from './emulator-faults.js'
import { isProperAnswer, loadPaths } from './load-report.js'

export interface ClusterLoadSettings {
  replicas: number
  connections: number
  durationSec: number
  emulatorLatencyMs: number
}

const OUTAGE_MS = 5_000
const UPSTREAM_MAX_RPS = 25

async function redisStates(cluster: Cluster): Promise<{ ready: boolean; redis: string[] }> {
  const answers = await Promise.all(cluster.replicas.map((replica) => fetch(`${replica.url}/readyz`)))
  const bodies = await Promise.all(answers.map((answer) => answer.json() as Promise<{ redis?: string }>))
  return { ready: answers.every((answer) => answer.ok), redis: bodies.map((body) => body.redis ?? '') }
}

/** Polls until every replica shows `want`; the ms it took, or null after `limitMs`. */
async function untilAll(cluster: Cluster, want: string, limitMs: number, onReady: (ok: boolean) => void) {
  const started = Date.now()
  while (Date.now() - started < limitMs) {
    const states = await redisStates(cluster)
    onReady(states.ready)
    if (states.redis.every((state) => state === want)) return Date.now() - started
    await delay(50)
  }
  return null
}

/** Stops Redis for OUTAGE_MS once `startAfterMs` has passed, watching /readyz all along. */
async function outage(cluster: Cluster, startAfterMs: number, mark: (phase: keyof PhaseStatuses) => void) {
  await delay(startAfterMs)
  let readyThroughout = true
  const onReady = (ok: boolean) => {
    readyThroughout &&= ok
  }
  mark('outage')
  const stoppedAt = Date.now()
  await cluster.redis.stop()
  const downAfterMs = await untilAll(cluster, 'down', OUTAGE_MS, onReady)
  await delay(Math.max(0, OUTAGE_MS - (Date.now() - stoppedAt)))
  await cluster.redis.start()
  const outageMs = Date.now() - stoppedAt
  mark('after')
  const backAfterMs = await untilAll(cluster, 'up', 10_000, onReady)
  return { downAfterMs, backAfterMs, outageMs, readyThroughout }
}

export async function runClusterLoad(
  settings: ClusterLoadSettings,
): Promise<{ lines: string[]; failures: string[] }> {
  const cluster = await startCluster({
    replicas: settings.replicas,
    // All load comes from one address: the per-client limit would refuse nearly all of it.
    env: { RATE_LIMIT_PER_MINUTE: '0', SERVE_STATIC: '0', UPSTREAM_MAX_RPS: String(UPSTREAM_MAX_RPS) },
  })
  try {
    await setFaults(cluster.emulator.faultsUrl, { latencyMs: settings.emulatorLatencyMs })
    await fetch(cluster.callsUrl, { method: 'DELETE' })
    const phases: PhaseStatuses = { before: {}, outage: {}, after: {} }
    let phase: keyof PhaseStatuses = 'before'
    const onAnswer = (status: number) => {
      phases[phase][status] = (phases[phase][status] ?? 0) + 1
    }
    const outageStart = Math.max(0, (settings.durationSec * 1000 - OUTAGE_MS) / 2)
    const [result, redis] = await Promise.all([
      runLoad({
        origin: cluster.url,
        nextPath: loadPaths(),
        connections: settings.connections,
        durationSec: settings.durationSec,
        isProper: isProperAnswer,
        onAnswer,
      }),
      outage(cluster, outageStart, (next) => {
        phase = next
      }),
    ])
    const { seconds } = (await (await fetch(cluster.callsUrl)).json()) as { seconds: SecondCount[] }
    const run: ClusterRun = { ...settings, ...redis, maxRps: UPSTREAM_MAX_RPS, result, seconds, phases }
    return clusterReport(run)
  } finally {
    await cluster.stop()
  }
}
