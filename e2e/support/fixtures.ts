/**
 * The suite's `test`: every spec imports it from here instead of @playwright/test. Each worker starts its own
 * app exactly as `npm start` runs it in demo mode (the compiled proxy with its embedded emulator, fault
 * controls open) on free ports, so workers run side by side without sharing faults, caches or limits; every
 * test's `baseURL` (and so `page.goto('/')` and `request`) points at the worker's app.
 */
import { test as base } from '@playwright/test'
import { type StartedApp, startApp } from '../../scripts/lib/start-app'
import { ImageList } from './image-list'
import { setWorkerApp } from './worker-app'

export type Api = 'legacy' | 'v3'

/** The instant the demo catalogue's dates count back from, fixed so that counts and baselines hold every day. */
export const EMULATOR_NOW = '2026-12-01T00:00:00Z'

interface WorkerFixtures {
  /** The Tencent API the worker's app speaks; set per project in playwright.config.ts. */
  api: Api
  app: StartedApp
}

interface TestFixtures {
  /** The image list of this test's page, in English. */
  list: ImageList
}

export const test = base.extend<TestFixtures, WorkerFixtures>({
  api: ['legacy', { scope: 'worker', option: true }],
  app: [
    async ({ api }, use) => {
      const app = await startApp({
        api,
        faults: true,
        prebuilt: true,
        readyTimeoutMs: 60_000,
        env: {
          // One JSON line per request would bury the test report; warnings and errors still show.
          LOG_LEVEL: 'warn',
          EMULATOR_NOW,
        },
      })
      setWorkerApp(app)
      await use(app)
      setWorkerApp(null)
      await app.stop()
    },
    { scope: 'worker', timeout: 90_000 },
  ],
  baseURL: async ({ app }, use) => use(app.url),
  list: async ({ page }, use) => use(new ImageList(page)),
})

export { expect } from '@playwright/test'
