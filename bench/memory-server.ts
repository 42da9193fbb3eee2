/**
 * The floor for a cache hit: `node:http` answering the same bytes from memory. At start it asks the upstream
 * once for the hit query (signed like the pass-through) and keeps the body; every request then gets those
 * bytes with their content type and length. No routing, validation, headers or logging.
 * Run as its own process: PORT and UPSTREAM (the emulator's endpoint URL) come from the environment.
 */
import http from 'node:http'
import { HIT_QUERY } from './proxy-queries.js'
import { nonceCounter, signedQuery } from './sign.js'

const port = Number(process.env.PORT)
const upstream = new URL(process.env.UPSTREAM ?? '')
const target = { host: upstream.host, path: upstream.pathname }
const answer = await fetch(
  `${upstream.origin}${upstream.pathname}?${signedQuery(HIT_QUERY, target, nonceCounter()())}`,
)
const body = Buffer.from(await answer.arrayBuffer())
const headers = { 'content-type': answer.headers.get('content-type') ?? '', 'content-length': body.length }

const server = http.createServer((_request, response) => {
  response.writeHead(200, headers).end(body)
})

server.listen(port, '127.0.0.1')
process.once('SIGTERM', () => {
  server.close()
  server.closeAllConnections()
})
