/** Demo mode: the embedded emulator, started in-process, and the configuration pointed at it. */
import type { Config } from './config.js'
import { DEMO_SECRET_ID, DEMO_SECRET_KEY, type RunningEmulator, startEmulator } from './emulator/server.js'
import { Secret } from './secret.js'
import { pointAtEmulator } from './startup.js'

export interface DemoOptions {
  /** Opens the emulator's fault controls; only the test suites ask for it. */
  faults: boolean
}

/**
 * Starts the emulator on loopback (EMULATOR_PORT, else an ephemeral port) with EMULATOR_SECRET_ID/KEY or the
 * built-in demo pair, and returns the configuration that signs with that pair and calls it over HTTP.
 */
export async function startDemoEmulator(
  config: Config,
  options: DemoOptions,
): Promise<{ emulator: RunningEmulator; config: Config }> {
  const credentials = config.emulator.credentials ?? {
    secretId: DEMO_SECRET_ID,
    secretKey: new Secret(DEMO_SECRET_KEY),
    token: null,
  }
  const emulator = await startEmulator(
    {
      secretId: credentials.secretId,
      secretKey: credentials.secretKey.reveal(),
      customImages: config.emulator.customImages,
      faults: options.faults,
    },
    { host: '127.0.0.1', port: config.emulator.port },
  )
  return { emulator, config: pointAtEmulator(config, emulator, credentials) }
}
