/**
 * SIGTERM stops each server the way a terminal, systemd or Kubernetes sends it: to the process `npm start`
 * (or `npm run emulator`, `npm run cluster`) started, or to npm itself. The server lets the answer in flight
 * finish, frees its port and exits 0.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { setFaults } from '../scripts/lib/emulator-faults'
import { ROOT } from '../scripts/lib/paths'
import { freePort } from '../scripts/lib/start-process'
import { expect, test } from './support/fixtures'

interface NpmRun {
  npm: ChildProcess
  lines: string[]
  exitCode: Promise<number | null>
}

const groups: number[] = []

/** Each run in a process group of its own, so a test that fails leaves nothing behind (afterEach). */
function npmRun(args: string[], env: Record<string, string>): NpmRun {
  const npm = spawn('npm', args, {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  if (npm.pid) groups.push(npm.pid)
  const lines: string[] = []
  for (const stream of [npm.stdout, npm.stderr]) stream?.on('data', (chunk) => lines.push(String(chunk)))
  const exitCode = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)))
  return { npm, lines, exitCode }
}

/** The process npm started for the script: with `exec` in the script, the server itself. */
function scriptProcess(npm: ChildProcess): number {
  const pid = Number(
    execFileSync('ps', ['-o', 'pid=', '--ppid', String(npm.pid)], { encoding: 'utf8' }).trim(),
  )
  expect(pid).toBeGreaterThan(0)
  return pid
}

async function answers(url: string): Promise<boolean> {
  return fetch(url).then(
    (response) => response.ok,
    () => false,
  )
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)))
  })
}

/** Holds the emulator's DescribeImages answers for a while and sends one call through `url`, in flight once the emulator has it. */
async function callInFlight(emulator: string, url: string): Promise<Promise<Response>> {
  await setFaults(`${emulator}/__emulator/faults`, { latencyMs: 1_500 })
  await fetch(`${emulator}/__emulator/calls`, { method: 'DELETE' })
  const answer = fetch(`${url}/api/DescribeImages?Region=ap-guangzhou&Limit=1`)
  await expect
    .poll(async () => {
      const counts = (await (await fetch(`${emulator}/__emulator/calls`)).json()) as {
        seconds: { calls: number }[]
      }
      return counts.seconds.some((second) => second.calls > 0)
    })
    .toBe(true)
  return answer
}

async function expectStoppedCleanly(run: NpmRun, ports: number[]): Promise<void> {
  expect(await run.exitCode, run.lines.join('')).toBe(0)
  for (const port of ports) expect(await portIsFree(port)).toBe(true)
}

test.describe.configure({ timeout: 90_000 })

test.afterEach(() => {
  for (const group of groups.splice(0)) {
    try {
      process.kill(-group, 'SIGKILL')
    } catch {
      // The group is gone: everything in it stopped.
    }
  }
})

test('npm start: SIGTERM to npm lets the call in flight finish, frees the ports and exits 0', async () => {
  const [port, emulatorPort] = [await freePort(), await freePort()]
  const url = `http://127.0.0.1:${port}`
  const run = npmRun(['start', '--', '--test-faults'], {
    HOST: '127.0.0.1',
    PORT: String(port),
    EMULATOR_PORT: String(emulatorPort),
  })
  await expect.poll(() => answers(`${url}/healthz`), { timeout: 60_000 }).toBe(true)
  const answer = await callInFlight(`http://127.0.0.1:${emulatorPort}`, url)

  run.npm.kill('SIGTERM')
  const response = await answer
  expect(response.status).toBe(200)
  expect(await response.json()).toHaveProperty('Response.ImageSet')
  await expectStoppedCleanly(run, [port, emulatorPort])
})

test('npm run emulator: SIGTERM to the process npm started frees the port and exits 0', async () => {
  const port = await freePort()
  const run = npmRun(['run', 'emulator'], { EMULATOR_PORT: String(port) })
  await expect.poll(() => answers(`http://127.0.0.1:${port}/healthz`), { timeout: 60_000 }).toBe(true)

  process.kill(scriptProcess(run.npm), 'SIGTERM')
  await expectStoppedCleanly(run, [port])
})

test('npm run cluster: listens on PORT; SIGTERM lets the call in flight finish and stops every part', async () => {
  const port = await freePort()
  const url = `http://127.0.0.1:${port}`
  const run = npmRun(['run', 'cluster', '--', '--replicas', '1'], { PORT: String(port) })
  await expect.poll(() => answers(`${url}/healthz`), { timeout: 60_000 }).toBe(true)
  const started = run.lines.join('')
  const emulator = /emulator on (http:\/\/127\.0\.0\.1:\d+)/.exec(started)?.[1] ?? ''
  const replica = /replicas: (http:\/\/127\.0\.0\.1:\d+)/.exec(started)?.[1] ?? ''
  expect(started).toContain(`behind one round-robin address: ${url}/`)
  const answer = await callInFlight(emulator, url)

  process.kill(scriptProcess(run.npm), 'SIGTERM')
  const response = await answer
  expect(response.status).toBe(200)
  expect(await response.json()).toHaveProperty('Response.ImageSet')
  await expectStoppedCleanly(run, [port, Number(new URL(emulator).port), Number(new URL(replica).port)])
})
