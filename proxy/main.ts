import { buildApp, defaultStaticRoot } from './app.js'

const port = Number(process.env.PORT || 8080)
const host = process.env.HOST || '127.0.0.1'
const app = await buildApp({ staticRoot: process.env.SERVE_STATIC === '0' ? null : defaultStaticRoot })
await app.listen({ host, port })
console.log(`CVM Image Browser on http://${host}:${port}/`)
