import { cpus } from 'node:os'
import { defineConfig, devices } from '@playwright/test'
import type { Api } from './e2e/support/fixtures'
import { CHROMIUM_ARGS, E2E_CHROMIUM_PATH } from './scripts/lib/chromium'

/**
 * The suite runs against two apps: the legacy API (the default) runs every test; API 3.0 (TENCENTCLOUD_API=v3)
 * runs only the tests tagged where the API matters: `@api` (a journey whose screen, request or answer differs
 * between the APIs: field names, the drawer's 3.0 fields, errors through the TC3 path, exports and copies of
 * 3.0 answers) and `@v3` (3.0's own features, which the legacy app does not offer).
 */
const API_TESTS = /@api\b|@v3\b/
const V3_ONLY = /@v3\b/
/** Review screenshots (`@screens`) are taken on request: SCREENS=1 npx playwright test --grep @screens */
const SCREENS = /@screens/
const skipped = (...patterns: RegExp[]) =>
  patterns.filter((pattern) => pattern !== SCREENS || !process.env.SCREENS)

const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 800 },
  // Dates show in the browser's zone, labelled; one fixed zone keeps the suite the same on every machine.
  timezoneId: 'UTC',
  launchOptions: {
    executablePath: E2E_CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  },
}

export default defineConfig<object, { api: Api }>({
  testDir: './e2e',
  // Room for axe over a full page of rows on a busy 2-core machine; waits inside a test stay bounded by `expect`.
  timeout: 60_000,
  expect: {
    timeout: 10_000,
    // Visual baselines (e2e/visual.spec.ts): small tolerance for anti-aliasing, nothing moving.
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide' },
  },
  // Every worker drives an app of its own (e2e/support/fixtures.ts), so tests share nothing and run in any order.
  fullyParallel: true,
  workers: Number(process.env.E2E_WORKERS) || cpus().length,
  globalSetup: './e2e/support/global-setup.ts',
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never' }]],
  use: {
    // Recording a trace of every test costs about 45 % of the suite's time on two cores (measured A/B over six
    // specs: 34.7 s against 23.8 s), so a trace is taken when a failed test is retried (CI), or for every test
    // with E2E_TRACE=1 (kept for the ones that fail).
    trace: process.env.E2E_TRACE ? 'retain-on-failure' : 'on-first-retry',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', grepInvert: skipped(SCREENS, V3_ONLY), use: { ...chromium, api: 'legacy' } },
    { name: 'chromium-v3', grep: API_TESTS, grepInvert: skipped(SCREENS), use: { ...chromium, api: 'v3' } },
  ],
})
