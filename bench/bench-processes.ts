/** The processes the proxy benches race: the emulator without a quota, a proxy's settings, a floor server. */
import { LEGACY_API_PATH } from '../scripts/lib/paths.js'
import { freePort, type RunningProcess, startApp, startProcess, tsxArgs } from '../scripts/lib/start-app.js'
import { BENCH_CREDENTIALS } from './sign.js'

/** A floor server's health check: one signed-looking page of the emulator, through it. */
export const FLOOR_HEALTH = '/?Region=ap-guangzhou&Offset=0&Limit=1'

/** The emulator with the bench's keys and no quota (the proxy's own throughput is measured, not Tencent's). */
export async function startBenchEmulator(): Promise<{ emulator: RunningProcess; endpoint: string }> {
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
  return { emulator, endpoint: `${emulator.url}${LEGACY_API_PATH}` }
}

/** A proxy's settings for `endpoint` with the bench's keys and none of its own limits. */
export const benchProxyEnv = (endpoint: string): Record<string, string> => ({
  IMAGE_API_ENDPOINT: endpoint,
  TENCENTCLOUD_SECRET_ID: BENCH_CREDENTIALS.secretId,
  TENCENTCLOUD_SECRET_KEY: BENCH_CREDENTIALS.secretKey,
  UPSTREAM_MAX_RPS: '0',
  UPSTREAM_MAX_CONCURRENT: '0',
  RATE_LIMIT_PER_MINUTE: '0',
})

/** One of bench/'s servers on a free port, its output dropped, ready once `healthPath` answers. */
export async function startBenchScript(
  name: string,
  script: string,
  env: Record<string, string>,
  healthPath: string,
): Promise<RunningProcess> {
  const port = await freePort()
  return startProcess({
    name,
    args: tsxArgs(script),
    env: { PORT: String(port), ...env },
    port,
    healthPath,
    stdout: 'ignore',
  })
}
