// The two processes `npm run load` drives: the emulator (slowed down through its test-only fault routes) and
// the proxy, each a child on 127.0.0.1 with an ephemeral port, the proxy with a memory probe over IPC.
import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

// Loaded into the proxy with --import: on request, collect garbage and report memory, so "before" and "after"
// compare live data rather than whatever the collector has not got round to yet.
const MEMORY_PROBE = `data:text/javascript,${encodeURIComponent(
  "process.on('message', (m) => { if (m === 'memory') { globalThis.gc(); globalThis.gc(); process.send(process.memoryUsage()) } })",
)}`

/** Starts a child and resolves with it and the first stdout match of `ready` (its URL line). */
function startChild(args, env, ready, onLine) {
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH, ...env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  return new Promise((resolve, reject) => {
    let pending = ''
    let started = false
    const recent = []
    const see = (line) => {
      onLine(line)
      recent.push(line)
      if (recent.length > 20) recent.shift()
    }
    child.stdout.setEncoding('utf8')
    child.stdout.on('data', (chunk) => {
      const lines = (pending + chunk).split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        see(line)
        const match = started ? null : ready.exec(line)
        if (match) {
          started = true
          resolve({ child, match })
        }
      }
    })
    child.stderr.setEncoding('utf8')
    child.stderr.on('data', (chunk) => {
      for (const line of chunk.split('\n')) if (line) see(line)
    })
    child.on('exit', (code) => {
      if (started) return
      reject(new Error(`${args.at(-1)} exited with ${code} before it was ready:\n${recent.join('\n')}`))
    })
  })
}

/** `npm run emulator`, rebuilding dist-server first if it is stale, with the fault routes on. */
export async function startEmulator(credentials, onLine) {
  const env = {
    EMULATOR_PORT: '0',
    EMULATOR_SECRET_ID: credentials.secretId,
    EMULATOR_SECRET_KEY: credentials.secretKey,
    EMULATOR_TEST_FAULTS: '1',
  }
  const { child, match } = await startChild(['scripts/start.mjs', 'emulator'], env, /on (http:\S+)/, onLine)
  return { child, endpoint: match[1] }
}

export async function setEmulatorLatency(endpoint, latencyMs) {
  const response = await fetch(new URL('/__emulator/faults', endpoint), {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ latencyMs }),
  })
  if (response.status !== 204) throw new Error(`could not slow the emulator down: HTTP ${response.status}`)
}

/** The compiled proxy in live mode, signing for the emulator; every log line goes to `onLine`. */
export async function startProxy(endpoint, credentials, onLine) {
  const env = {
    HOST: '127.0.0.1',
    PORT: '0',
    TENCENTCLOUD_SECRET_ID: credentials.secretId,
    TENCENTCLOUD_SECRET_KEY: credentials.secretKey,
    IMAGE_API_ENDPOINT: endpoint,
    SERVE_STATIC: '0',
    // All 200 connections come from one address: the per-client limiter would answer nearly all of them.
    RATE_LIMIT_PER_MINUTE: '0',
  }
  const args = ['--expose-gc', '--import', MEMORY_PROBE, 'dist-server/proxy/main.js']
  const { child, match } = await startChild(args, env, /on (http:\/\/127\.0\.0\.1:\d+)\//, onLine)
  return { child, origin: match[1] }
}

/** The proxy's memory after a full garbage collection. */
export function measureMemory(child) {
  return new Promise((resolve) => {
    child.once('message', resolve)
    child.send('memory')
  })
}

/** SIGTERM and wait, so the proxy finishes in-flight calls and flushes its log. */
export function stop(child) {
  if (child.exitCode !== null) return Promise.resolve()
  return new Promise((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGTERM')
  })
}
