/**
 * A real redis-server (Debian's `redis-server` package) on a free loopback port, in the foreground, with no
 * persistence; stop() ends it, start() brings it back on the same port, so tests can take Redis away.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { createConnection, createServer } from 'node:net'
import { setTimeout as delay } from 'node:timers/promises'

export interface RedisServer {
  port: number
  /** `redis://127.0.0.1:<port>` */
  url: string
  start(): Promise<void>
  stop(): Promise<void>
  /** Freezes the process (SIGSTOP): connections stay open, nothing answers. */
  pause(): void
  resume(): void
}

const READY_WITHIN_MS = 10_000

/** Where redis-server is, or an error naming the package to install. */
export function findRedisServer(): string {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout?.trim()
  if (!found) throw new Error('redis-server is missing: install the Debian package `redis-server`.')
  return found
}

export async function freePort(): Promise<number> {
  const server = createServer()
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  server.close()
  await once(server, 'close')
  if (address === null || typeof address === 'string') throw new Error('no free port')
  return address.port
}

/** True once the server answers PING with PONG. */
function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' })
    socket.setTimeout(500)
    const finish = (ok: boolean) => {
      socket.destroy()
      resolve(ok)
    }
    socket.on('connect', () => socket.write('PING\r\n'))
    socket.on('data', (data) => finish(data.toString().startsWith('+PONG')))
    socket.on('error', () => finish(false))
    socket.on('timeout', () => finish(false))
  })
}

export async function startRedisServer(port?: number): Promise<RedisServer> {
  const binary = findRedisServer()
  const chosen = port ?? (await freePort())
  let child: ChildProcess | null = null
  const server: RedisServer = {
    port: chosen,
    url: `redis://127.0.0.1:${chosen}`,
    async start() {
      if (child) return
      const args = ['--port', String(chosen), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']
      child = spawn(binary, args, { stdio: 'ignore' })
      const deadline = Date.now() + READY_WITHIN_MS
      while (!(await answersPing(chosen))) {
        if (Date.now() > deadline || child.exitCode !== null) {
          await server.stop()
          throw new Error(`redis-server did not answer PING on port ${chosen}`)
        }
        await delay(25)
      }
    },
    pause() {
      child?.kill('SIGSTOP')
    },
    resume() {
      child?.kill('SIGCONT')
    },
    async stop() {
      const running = child
      child = null
      if (!running || running.exitCode !== null) return
      const exited = once(running, 'exit')
      running.kill('SIGCONT')
      running.kill('SIGKILL')
      await exited
    },
  }
  await server.start()
  return server
}
