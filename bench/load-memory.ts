/**
 * The proxy's memory after `npm run load`: the same pair of processes and the same mix of calls
 * (scripts/lib/load-target.ts), then the proxy's resident memory read from /proc, as the system sees it,
 * with no garbage collection forced first.
 */
import { isProperAnswer, loadPaths } from '../scripts/lib/load-report.js'
import { LOAD_DEFAULTS, startLoadTarget } from '../scripts/lib/load-target.js'
import type { StartedApp } from '../scripts/lib/start-app.js'
import { residentMb } from './cpu-time.js'
import { runLoad } from './load.js'

export interface LoadMemoryResults {
  connections: number
  durationSec: number
  emulatorLatencyMs: number
  rps: number
  requests: number
  statuses: Record<string, number>
  failures: number
  /** Resident memory before the load (after warm-up), right after it, and the process's peak. */
  rssBeforeMb: number
  rssAfterMb: number
  peakRssMb: number
}

export async function benchLoadMemory(durationSec: number): Promise<LoadMemoryResults> {
  const { connections, emulatorLatencyMs } = LOAD_DEFAULTS
  const started: StartedApp[] = []
  try {
    const { proxy } = await startLoadTarget({ stdout: 'ignore' }, emulatorLatencyMs, started)
    const before = residentMb(proxy.pid)
    const result = await runLoad({
      origin: proxy.url,
      nextPath: loadPaths(),
      connections,
      durationSec,
      isProper: isProperAnswer,
    })
    // In-flight upstream calls end within the queue wait and the emulator's latency; health proves it answers.
    await (await fetch(`${proxy.url}/healthz`)).text()
    const after = residentMb(proxy.pid)
    return {
      connections,
      durationSec,
      emulatorLatencyMs,
      rps: result.rps,
      requests: result.requests,
      statuses: result.statuses,
      failures: result.failures,
      rssBeforeMb: before.rssMb,
      rssAfterMb: after.rssMb,
      peakRssMb: after.peakMb,
    }
  } finally {
    for (const server of started.reverse()) await server.stop()
  }
}
