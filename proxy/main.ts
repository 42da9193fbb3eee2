/** Entry point: read the configuration, start the emulator in demo mode, build the app, listen, print one line. */
import type { AddressInfo } from 'node:net'
import { buildApp } from './app.js'
import { ConfigError, loadConfig } from './config/config.js'
import { loadDemoSettings, startDemoEmulator } from './demo.js'
import { closeOnSignals, startupLine } from './startup.js'

/**
 * Opens the demo emulator's fault controls, for the test suites that start the app with it
 * (`tsx scripts/start.ts --test-faults`). An argument, not a setting: `npm start` never passes it.
 */
const TEST_FAULTS_FLAG = '--test-faults'

function readConfig<T>(load: () => T): T {
  try {
    return load()
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error
    console.error(`Invalid configuration: ${error.message}`)
    process.exit(1)
  }
}

/** A port in use or an address not on this machine: one line, not a stack trace. */
function exitOnStartError(what: string): (error: NodeJS.ErrnoException) => never {
  return (error) => {
    console.error(`Cannot start ${what}: ${error.code ?? error.message}`)
    process.exit(1)
  }
}

const loaded = readConfig(() => loadConfig(process.env))
const demoSettings = loaded.mode === 'demo' ? readConfig(() => loadDemoSettings(process.env)) : null
const demo = demoSettings
  ? await startDemoEmulator(loaded, demoSettings, { faults: process.argv.includes(TEST_FAULTS_FLAG) }).catch(
      exitOnStartError(`the emulator on port ${demoSettings.port}`),
    )
  : null
const config = demo?.config ?? loaded
const app = await buildApp(config)
await app.ready()
// Listening on the raw server keeps stdout to the one line below (Fastify's listen() logs its own).
await new Promise<void>((resolve, reject) => {
  app.server.once('error', reject)
  app.server.listen(config.port, config.host, resolve)
}).catch(exitOnStartError(`the proxy on ${config.host}:${config.port}`))
console.log(startupLine(config, (app.server.address() as AddressInfo).port))

closeOnSignals(
  process,
  async () => {
    // In-flight calls end within the upstream deadline; never hang past it.
    setTimeout(() => process.exit(1), config.upstreamTimeoutMs + 5_000).unref()
    await app.close()
    await demo?.emulator.close()
  },
  (code) => process.exit(code),
)
