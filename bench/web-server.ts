/**
 * The web bench's server: the proxy in demo mode exactly as main.ts builds it (emulator in-process, default
 * limits), plus the bare page under /__bench/, so both pages load from the same origin, headers and policy.
 * Run as its own process; PORT, EMULATOR_PORT and EMULATOR_IMAGES come from the environment.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildApp, loadConfig, loadDemoSettings, startDemoEmulator } from './project.js'

const here = path.dirname(fileURLToPath(import.meta.url))
const bareHtml = readFileSync(path.join(here, 'bare-page.html'), 'utf8')
const bareScript = readFileSync(path.join(here, 'bare-page.js'), 'utf8')

const loaded = loadConfig(process.env)
const { emulator, config } = await startDemoEmulator(loaded, loadDemoSettings(process.env), { faults: false })
const app = await buildApp(config)
app.get('/__bench/bare', (_request, reply) => reply.type('text/html; charset=utf-8').send(bareHtml))
app.get('/__bench/bare-page.js', (_request, reply) =>
  reply.type('text/javascript; charset=utf-8').send(bareScript),
)
await app.listen({ host: config.host, port: config.port })

process.once('SIGTERM', async () => {
  await app.close()
  await emulator.close()
})
