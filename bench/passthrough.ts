/**
 * The floor the proxy is measured against: a minimal signing pass-through. Parse the query, sign it, forward
 * it on a keep-alive connection, stream the answer back. No validation, cache, limits, logging or headers.
 * Run as its own process: PORT and UPSTREAM (the emulator's endpoint URL) come from the environment.
 */
import http from 'node:http'
import { nonceCounter, signedQuery } from './sign.js'

const port = Number(process.env.PORT)
const upstream = new URL(process.env.UPSTREAM ?? '')
const agent = new http.Agent({ keepAlive: true })
const nextNonce = nonceCounter()
const target = { host: upstream.host, path: upstream.pathname }

const server = http.createServer((request, response) => {
  const url = request.url ?? ''
  const params = new URLSearchParams(url.slice(url.indexOf('?') + 1))
  const path = `${upstream.pathname}?${signedQuery(params, target, nextNonce())}`
  const forward = http.get({ host: upstream.hostname, port: upstream.port, path, agent }, (answer) => {
    response.writeHead(answer.statusCode ?? 502, { 'content-type': answer.headers['content-type'] ?? '' })
    answer.pipe(response)
  })
  forward.on('error', () => {
    response.writeHead(502).end()
  })
})

server.listen(port, '127.0.0.1')
process.once('SIGTERM', () => {
  server.close()
  server.closeAllConnections()
  agent.destroy()
})
