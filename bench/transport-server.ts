/**
 * The proxy as `npm start` builds it, with its upstream transport chosen by TRANSPORT (`undici`, the default
 * transport, or `http`, the node:http one it replaced): the two sides of bench/proxy-ab.ts. Run as its own
 * process; the proxy's usual environment (PORT, IMAGE_API_ENDPOINT, keys, limits) comes with it.
 */
import { buildApp, httpFetch, loadConfig, undiciFetch } from './project.js'

const config = loadConfig(process.env)
const fetch = process.env.TRANSPORT === 'http' ? httpFetch : undiciFetch
const app = await buildApp(config, { fetch })
await app.ready()
await new Promise<void>((resolve) => app.server.listen(config.port, config.host, resolve))

process.once('SIGTERM', async () => {
  await app.close()
  process.exit(0)
})
