/**
 * `npm run emulator`: the DescribeImages emulator alone on 127.0.0.1:EMULATOR_PORT (9090), configured as
 * emulator/config.ts reads it. EMULATOR_TEST_FAULTS=1 opens the fault control routes, for test suites only.
 */
import { type EmulatorConfig, EmulatorConfigError, loadEmulatorConfig } from './config.js'
import { startEmulator } from './server.js'

const STANDALONE_PORT = 9090

function readConfig(): EmulatorConfig {
  try {
    return loadEmulatorConfig(process.env, { port: STANDALONE_PORT })
  } catch (error) {
    if (!(error instanceof EmulatorConfigError)) throw error
    console.error(`Invalid configuration: ${error.message}`)
    process.exit(1)
  }
}

const config = readConfig()
const emulator = await startEmulator(
  { ...config.credentials, customImages: config.customImages, faults: config.faults, maxRps: config.maxRps },
  { host: '127.0.0.1', port: config.port },
)
console.log(
  `DescribeImages emulator on ${emulator.endpoint} (SecretId ${config.credentials.secretId}); ` +
    `API 3.0 at POST ${emulator.v3Endpoint}`,
)

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    emulator.close().then(() => process.exit(0))
  })
}
