/**
 * Shared test wiring: distinctive fake secrets, a Config built the way main.ts builds one, an app whose log
 * lines are captured, and a record of every answer and log line so each test file can scan them for secrets.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify'
import { afterAll, expect } from 'vitest'
import { type AppDeps, buildApp } from '../app.js'
import { type Config, loadConfig } from '../config/config.js'

/** Fake credentials, distinctive enough that any leak shows up in a plain substring scan. */
export const FAKE = {
  secretId: 'AKIDproxyTest0000000000000000000Fake',
  secretKey: 'SK-fake-9f2c71d4-must-never-leak',
  token: 'TOKEN-fake-3e8a5b06-must-never-leak',
  basicUser: 'ops',
  basicPassword: 'PW-fake-6b1d9e27-must-never-leak',
} as const

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** Every response and log line seen in this test file, for the secret scan. */
const seen: string[] = []

/** The test process's temporary folders, under one parent removed when the process ends. */
let scratch: string | undefined
export function scratchDir(prefix: string): string {
  if (!scratch) {
    const parent = mkdtempSync(path.join(tmpdir(), 'proxy-tests-'))
    process.once('exit', () => rmSync(parent, { recursive: true, force: true }))
    scratch = parent
  }
  return mkdtempSync(path.join(scratch, prefix))
}

/** A home folder with no credentials file, and no system-wide one: tests never read the real home. */
export function emptySources() {
  return {
    homeDir: scratchDir('home-'),
    systemCredentialsPath: path.join(tmpdir(), 'no-such-dir', 'credentials'),
    projectRoot,
  }
}

/** A live-mode Config signing with the fake credentials for `endpoint`, plus environment overrides. */
export function liveConfig(endpoint: string, env: Record<string, string> = {}): Config {
  return loadConfig(
    {
      TENCENTCLOUD_SECRET_ID: FAKE.secretId,
      TENCENTCLOUD_SECRET_KEY: FAKE.secretKey,
      TENCENTCLOUD_SESSION_TOKEN: FAKE.token,
      IMAGE_API_ENDPOINT: endpoint,
      SERVE_STATIC: '0',
      // Pages render only where a test asks: the others serve the static shell whatever dist-ssr/ holds.
      SSR: '0',
      LOG_LEVEL: 'info',
      ...env,
    },
    emptySources(),
  )
}

export interface TestApp {
  app: FastifyInstance
  logs: string[]
  inject(options: InjectOptions | string): Promise<LightMyRequestResponse>
}

export async function startTestApp(config: Config, deps: AppDeps = {}): Promise<TestApp> {
  const logs: string[] = []
  const logDestination = {
    write(line: string) {
      logs.push(line)
      seen.push(line)
    },
  }
  const app = await buildApp(config, { ...deps, logDestination })
  return {
    app,
    logs,
    async inject(options) {
      const response = await app.inject(options)
      seen.push(JSON.stringify(response.headers), response.body)
      return response
    },
  }
}

/**
 * Registers an afterAll that fails the file if any answer or log line carried a fake secret, or one of
 * `moreSecrets()` (temporary keys and tokens an emulator issued during the file).
 */
export function scanForSecretsAfterAll(moreSecrets: () => readonly string[] = () => []): void {
  afterAll(() => {
    expect(seen.length).toBeGreaterThan(0)
    const secrets = [FAKE.secretKey, FAKE.token, FAKE.basicPassword, ...moreSecrets()]
    const leaks = seen.filter((text) => secrets.some((secret) => text.includes(secret)))
    expect(leaks).toEqual([])
  })
}

/** Parsed log lines of one app. */
export function logEntries(logs: string[]): Array<Record<string, unknown>> {
  return logs.map((line) => JSON.parse(line) as Record<string, unknown>)
}

/**
 * A stand-in for dist/ in a fresh temporary folder: index.html and assets/app.js, with outside.txt next to the
 * folder, which path traversal must never reach.
 */
export function makeStaticRoot(): string {
  const parent = scratchDir('pages-')
  writeFileSync(path.join(parent, 'outside.txt'), 'outside the static root')
  const root = path.join(parent, 'dist')
  mkdirSync(path.join(root, 'assets'), { recursive: true })
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>CVM Image Browser</title>')
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log("app")')
  writeFileSync(path.join(root, 'assets', 'index-BymLe6xh.css'), '.a{color:red}')
  return root
}
