/**
 * Starts the app (the proxy, as `npm start` runs it) or the emulator alone as a child process on free
 * loopback ports, and resolves once it answers /healthz: the one way the bench, `npm run load`,
 * `npm run screenshots` and the e2e leak scan start a server.
 */
import path from 'node:path'
import { ENTRIES, type Program, ROOT } from './paths.js'
import { freePort, type RunningProcess, startProcess } from './start-process.js'

export { freePort, type RunningProcess, startProcess, tsxArgs } from './start-process.js'

export interface StartOptions {
  /** 'app' (default): the proxy, in demo mode with its own emulator unless `env` holds credentials. */
  program?: Program
  /** Set on top of a clean environment: PATH, NODE_ENV=production and an empty HOME (see start-process.ts). */
  env?: Record<string, string>
  /** Opens the emulator's fault control routes: `--test-faults` for the app, EMULATOR_TEST_FAULTS=1 alone. */
  faults?: boolean
  /** The app's Tencent API (TENCENTCLOUD_API); the proxy's default is 'legacy'. */
  api?: 'legacy' | 'v3'
  /** Run the compiled entry as it is (the caller built it) instead of through scripts/start.ts, which builds. */
  prebuilt?: boolean
  /** Flags for node before the script, e.g. --cpu-prof or --expose-gc. */
  nodeFlags?: string[]
  /** An IPC channel to the child. */
  ipc?: boolean
  /** 'ignore': stdout is dropped unread (stderr is still read): the bench's log lines cost only the writing. */
  stdout?: 'read' | 'ignore'
  /** Called with each line of output; `lines` then keeps only the last few, for the error if the start fails. */
  onLine?: (line: string) => void
  /** The app's port, when the caller must know it first (an OpenID client's redirect URI); a free one otherwise. */
  port?: number
  /** Default 180 s: a first start through scripts/start.ts builds the web app and the server. */
  readyTimeoutMs?: number
}

export interface StartedApp extends RunningProcess {
  /** The emulator's origin: the app's own in demo mode, the emulator itself, or null for a live app. */
  emulatorUrl: string | null
  /** `POST` a fault here, `DELETE` to clear (with `faults`), or null. */
  faultsUrl: string | null
}

function programEnv(options: StartOptions, port: number, emulatorPort: number): Record<string, string> {
  if (options.program === 'emulator') {
    return { EMULATOR_PORT: String(port), ...(options.faults ? { EMULATOR_TEST_FAULTS: '1' } : {}) }
  }
  return {
    HOST: '127.0.0.1',
    PORT: String(port),
    EMULATOR_PORT: String(emulatorPort),
    ...(options.api ? { TENCENTCLOUD_API: options.api } : {}),
  }
}

export async function startApp(options: StartOptions = {}): Promise<StartedApp> {
  const program = options.program ?? 'app'
  const port = options.port ?? (await freePort())
  const emulatorPort = program === 'app' ? await freePort() : port
  const script = options.prebuilt
    ? [path.join(ROOT, ENTRIES[program])]
    : [
        '--import',
        'tsx',
        path.join(ROOT, 'scripts', 'start.ts'),
        ...(program === 'emulator' ? ['emulator'] : []),
      ]
  const flags = program === 'app' && options.faults ? ['--test-faults'] : []
  const env: Record<string, string> = {
    ...programEnv({ ...options, program }, port, emulatorPort),
    ...options.env,
  }
  const running = await startProcess({
    name: program,
    args: [...(options.nodeFlags ?? []), ...script, ...flags],
    env,
    port,
    healthPath: '/healthz',
    ipc: options.ipc,
    stdout: options.stdout,
    onLine: options.onLine,
    readyTimeoutMs: options.readyTimeoutMs ?? 180_000,
  })
  const isDemo = program === 'emulator' || !env.TENCENTCLOUD_SECRET_ID
  const emulatorUrl = isDemo ? `http://127.0.0.1:${emulatorPort}` : null
  const faultsUrl = emulatorUrl && options.faults ? `${emulatorUrl}/__emulator/faults` : null
  return { ...running, emulatorUrl, faultsUrl }
}
