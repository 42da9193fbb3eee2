/**
 * The app this Playwright worker drives: its own proxy and emulator on free ports, started by the worker
 * fixture (e2e/support/fixtures.ts). Each worker is a process of its own, so this module's state is the
 * worker's: an injected fault, the proxy's cache and its rate limits belong to the tests of one worker.
 */
import type { StartedApp } from '../../scripts/lib/start-app'

let current: StartedApp | null = null

export function setWorkerApp(app: StartedApp | null): void {
  current = app
}

export function workerApp(): StartedApp {
  if (!current) throw new Error('no app in this worker: import test from e2e/support/fixtures')
  return current
}
