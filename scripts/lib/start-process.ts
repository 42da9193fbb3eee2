/** A node child process on a loopback port, ready once its health URL answers, with its output as lines. */
import { type ChildProcess, spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { type AddressInfo, createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { ROOT } from './paths.js'

export interface ProcessSpec {
  /** Names the process in errors. */
  name: string
  /** Arguments to node: flags, then the script and its arguments. */
  args: string[]
  /**
   * Set on top of PATH, NODE_ENV=production and an empty HOME (so no one's credentials file is read); nothing
   * else of this process's environment is passed.
   */
  env: Record<string, string>
  port: number
  healthPath: string
  ipc?: boolean
  stdout?: 'read' | 'ignore'
  onLine?: (line: string) => void
  readyTimeoutMs?: number
}

export interface RunningProcess {
  /** `http://127.0.0.1:PORT` */
  url: string
  pid: number
  child: ChildProcess
  /** Every line of stdout and stderr so far, or the last few when the spec has `onLine`. */
  lines: string[]
  /** SIGTERM, then SIGKILL after 10 s; resolves once the process has exited. */
  stop(): Promise<void>
}

const KEPT_WITH_ON_LINE = 40

let home: string | undefined
/** One empty HOME for every process this one starts, removed when this one ends. */
function emptyHome(): string {
  if (home === undefined) {
    const made = mkdtempSync(path.join(tmpdir(), 'start-home-'))
    process.once('exit', () => rmSync(made, { recursive: true, force: true }))
    home = made
  }
  return home
}

/** A port free on 127.0.0.1 right now (the OS picks it; it stays free unless someone else takes it first). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo
      server.close(() => resolve(port))
    })
  })
}

/** Runs a TypeScript script through tsx's loader, so it needs no build step. */
export function tsxArgs(script: string, nodeFlags: string[] = []): string[] {
  return [...nodeFlags, '--import', 'tsx', path.join(ROOT, script)]
}

function readLines(child: ChildProcess, lines: string[], onLine?: (line: string) => void): void {
  for (const stream of [child.stdout, child.stderr]) {
    let pending = ''
    stream?.setEncoding('utf8')
    stream?.on('data', (chunk: string) => {
      const parts = (pending + chunk).split('\n')
      pending = parts.pop() ?? ''
      for (const line of parts) {
        lines.push(line)
        if (onLine) {
          onLine(line)
          if (lines.length > KEPT_WITH_ON_LINE) lines.shift()
        }
      }
    })
  }
}

const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null

async function waitUntilHealthy(spec: ProcessSpec, child: ChildProcess, lines: string[]): Promise<void> {
  const url = `http://127.0.0.1:${spec.port}${spec.healthPath}`
  const timeoutMs = spec.readyTimeoutMs ?? 20_000
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (hasExited(child)) {
      const why = child.exitCode ?? child.signalCode
      throw new Error(`${spec.name} exited (${why}) before it was ready:\n${lines.slice(-20).join('\n')}`)
    }
    const healthy = await fetch(url).then(
      (response) => response.ok,
      () => false,
    )
    if (healthy) return
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(
    `${spec.name} did not answer ${url} within ${timeoutMs} ms:\n${lines.slice(-20).join('\n')}`,
  )
}

export async function startProcess(spec: ProcessSpec): Promise<RunningProcess> {
  const child = spawn(process.execPath, spec.args, {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'production',
      HOME: emptyHome(),
      ...spec.env,
    },
    stdio: [
      'ignore',
      spec.stdout === 'ignore' ? 'ignore' : 'pipe',
      'pipe',
      ...(spec.ipc ? ['ipc' as const] : []),
    ],
  })
  const lines: string[] = []
  readLines(child, lines, spec.onLine)
  // 'close' comes after the last output is read, so the lines of a shutdown are all in `lines`.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()))
  const stop = async () => {
    if (!hasExited(child)) child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000)
    await closed
    clearTimeout(timer)
  }
  try {
    await waitUntilHealthy(spec, child, lines)
  } catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  return { url: `http://127.0.0.1:${spec.port}`, pid: child.pid as number, child, lines, stop }
}

export interface ScriptResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs one of the project's scripts to its end (`node --import tsx <script> …args`), with what it printed. */
export function runScript(
  script: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<ScriptResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: options.cwd,
    env: options.env ?? process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk) => {
    stdout += chunk
  })
  child.stderr.on('data', (chunk) => {
    stderr += chunk
  })
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })))
}
