/** Child processes the bench starts: each server in its own process, ready when its health URL answers. */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** The bench's ports (4350–4369): proxy bench 435x, web bench 436x. */
export const PORTS = {
  emulator: 4350,
  proxy: 4351,
  passThrough: 4352,
  web: 4360,
} as const

export interface Server {
  name: string
  origin: string
  pid: number
  stop(): Promise<void>
}

export interface ServerSpec {
  name: string
  /** Arguments to node: a script, with any flags before it. */
  args: string[]
  env: Record<string, string>
  port: number
  healthPath: string
}

const READY_TIMEOUT_MS = 20_000

async function waitUntilHealthy(url: string, child: ChildProcess, name: string): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${name} exited with code ${child.exitCode}`)
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (ok) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`${name} did not answer ${url} within ${READY_TIMEOUT_MS} ms`)
}

/** Starts `node …args` with only the given environment on top of PATH, and waits until it is healthy. */
export async function startServer(spec: ServerSpec): Promise<Server> {
  const child = spawn(process.execPath, spec.args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', ...spec.env },
    // Log lines go nowhere: writing them is part of the cost, reading them is not.
    stdio: ['ignore', 'ignore', 'inherit'],
  })
  const origin = `http://127.0.0.1:${spec.port}`
  try {
    await waitUntilHealthy(`${origin}${spec.healthPath}`, child, spec.name)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  return {
    name: spec.name,
    origin,
    pid: child.pid as number,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      const exited = once(child, 'exit')
      child.kill('SIGTERM')
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000)
      await exited
      clearTimeout(timer)
    },
  }
}

/** Runs a script through tsx's loader, so bench/*.ts files need no build step. */
export function tsxArgs(script: string, nodeFlags: string[] = []): string[] {
  return [...nodeFlags, '--import', 'tsx', path.join(ROOT, script)]
}
