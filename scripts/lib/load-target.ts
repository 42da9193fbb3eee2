/**
 * What `npm run load` runs against: the compiled proxy in front of an emulator with fault control, on
 * loopback, warmed up and with the emulator slowed down. The bench starts the same pair to report the
 * proxy's memory after that load.
 */
import { setFaults } from './emulator-faults.js'
import { LEGACY_API_PATH } from './paths.js'
import { type StartedApp, type StartOptions, startApp } from './start-app.js'

export const LOAD_CREDENTIALS = {
  TENCENTCLOUD_SECRET_ID: 'AKIDloadTest00000000000000000000000000',
  TENCENTCLOUD_SECRET_KEY: 'load-test-secret-key-7d1f0c5a-never-logged',
}

/** `npm run load` without flags: 200 connections for 10 s, the emulator answering after 150 ms. */
export const LOAD_DEFAULTS = { connections: 200, durationSec: 10, emulatorLatencyMs: 150 } as const

export interface LoadTarget {
  emulator: StartedApp
  proxy: StartedApp
}

/** Starts the pair, adding each process to `started` as it comes up (so a watchdog can end them). */
export async function startLoadTarget(
  proxyOptions: Pick<StartOptions, 'nodeFlags' | 'ipc' | 'onLine' | 'stdout'>,
  emulatorLatencyMs: number,
  started: StartedApp[] = [],
): Promise<LoadTarget> {
  const emulator = await startApp({
    program: 'emulator',
    faults: true,
    env: {
      EMULATOR_SECRET_ID: LOAD_CREDENTIALS.TENCENTCLOUD_SECRET_ID,
      EMULATOR_SECRET_KEY: LOAD_CREDENTIALS.TENCENTCLOUD_SECRET_KEY,
    },
  })
  started.push(emulator)
  const proxy = await startApp({
    ...proxyOptions,
    prebuilt: true,
    env: {
      ...LOAD_CREDENTIALS,
      IMAGE_API_ENDPOINT: `${emulator.url}${LEGACY_API_PATH}`,
      SERVE_STATIC: '0',
      // All connections come from one address: the per-client limiter would answer nearly all of them.
      RATE_LIMIT_PER_MINUTE: '0',
    },
  })
  started.push(proxy)
  await setFaults(emulator.faultsUrl, { latencyMs: emulatorLatencyMs })
  for (let warm = 0; warm < 20; warm++)
    await (await fetch(`${proxy.url}/api/DescribeImages?Offset=${warm}`)).text()
  return { emulator, proxy }
}
