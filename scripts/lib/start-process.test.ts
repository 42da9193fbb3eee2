import { describe, expect, it } from 'vitest'
import { freePort, startProcess } from './start-process.js'

/** A real HTTP server in a child node: healthy after its second request, says goodbye on SIGTERM. */
const SERVER = `
const http = require('node:http')
let calls = 0
const server = http.createServer((request, response) => {
  response.statusCode = request.url === '/healthz' && ++calls >= 2 ? 200 : 503
  response.end(process.env.GREETING)
})
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('listening'))
process.on('SIGTERM', () => { console.log('bye, HOME=' + process.env.HOME); server.close() })
`

describe('startProcess', () => {
  it('resolves once the health URL answers, with the output as lines, and stop waits for the last line', async () => {
    const port = await freePort()
    const running = await startProcess({
      name: 'fixture',
      args: ['-e', SERVER],
      env: { PORT: String(port), GREETING: 'hello' },
      port,
      healthPath: '/healthz',
    })
    expect(running.url).toBe(`http://127.0.0.1:${port}`)
    expect(await (await fetch(running.url)).text()).toBe('hello')
    await running.stop()
    expect(running.lines[0]).toBe('listening')
    expect(running.lines[1]).toMatch(/^bye, HOME=.*start-home-/)
    await running.stop()
  })

  it('rejects with the output of a process that exits before it is ready', async () => {
    const port = await freePort()
    const started = startProcess({
      name: 'broken',
      args: ['-e', 'console.error("Invalid configuration: PORT"); process.exit(1)'],
      env: {},
      port,
      healthPath: '/healthz',
    })
    await expect(started).rejects.toThrow(
      /broken exited \(1\) before it was ready:\nInvalid configuration: PORT/,
    )
  })
})
