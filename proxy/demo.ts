/**
 * Demo mode, the one place the proxy reaches the emulator: the emulator's settings read by its own rules
 * (emulator/config.ts), the emulator started in-process on loopback, and the proxy pointed at it.
 */
import { type EmulatorConfig, EmulatorConfigError, loadEmulatorConfig } from '../emulator/config.js'
import { type RunningEmulator, startEmulator } from '../emulator/server.js'
import { type Config, ConfigError, type Credentials, type Env } from './config/config.js'
import { Secret } from './config/secret.js'

export interface DemoOptions {
  /** Opens the emulator's fault controls; only the test suites ask for it (`--test-faults`), never the env. */
  faults: boolean
}

/** EMULATOR_* as the emulator reads them, on an ephemeral port unless EMULATOR_PORT names one. */
export function loadDemoSettings(env: Env): EmulatorConfig {
  try {
    return loadEmulatorConfig(env, { port: 0 })
  } catch (error) {
    if (error instanceof EmulatorConfigError) throw new ConfigError(error.variable, error.problem)
    throw error
  }
}

/**
 * Demo mode signs with the emulator's credentials and calls the emulator instead of the cloud, at the
 * endpoint of the configured API (the emulator answers both).
 */
export function pointAtEmulator(
  config: Config,
  emulator: Pick<RunningEmulator, 'endpoint' | 'v3Endpoint'>,
  credentials: Credentials,
): Config {
  const endpoint = config.api === 'v3' ? emulator.v3Endpoint : emulator.endpoint
  return {
    ...config,
    endpoint: new URL(endpoint),
    // The emulator's legacy endpoint answers DescribeInstances too, as cvm.api.qcloud.com would.
    instanceEndpoint: new URL(emulator.endpoint),
    credentialSource: { kind: 'demo', credentials },
  }
}

export async function startDemoEmulator(
  config: Config,
  settings: EmulatorConfig,
  options: DemoOptions,
): Promise<{ emulator: RunningEmulator; config: Config }> {
  const { secretId, secretKey, sessionToken } = settings.credentials
  const emulator = await startEmulator(
    {
      ...settings.credentials,
      customImages: settings.customImages,
      instances: settings.instances,
      deny: settings.deny,
      faults: options.faults,
      maxRps: settings.maxRps,
      catalogNow: settings.catalogNow,
    },
    { host: '127.0.0.1', port: settings.port },
  )
  const credentials = {
    secretId,
    secretKey: new Secret(secretKey),
    token: sessionToken === undefined ? null : new Secret(sessionToken),
  }
  return { emulator, config: pointAtEmulator(config, emulator, credentials) }
}
