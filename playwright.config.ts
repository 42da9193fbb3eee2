import { cpus } from 'node:os'
import { defineConfig, devices } from '@playwright/test'
import type { Api } from './e2e/support/fixtures'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium'

/**
 * The journeys whose screens differ between the two APIs (field names, tag chips, the drawer's 3.0 fields,
 * errors through the TC3 path, paging, deep links, copies and exports of 3.0 answers, axe, the Chinese words
 * of the 3.0-only fields). The rest (keyboard, columns, review, visual baselines, security, leaks, the journeys
 * in Chinese) does not depend on the API and runs against the legacy app only.
 */
const V3_SPECS = [
  'a11y.spec.ts',
  'all-regions.spec.ts',
  'api-v3.spec.ts',
  'browser-filters.spec.ts',
  'compare.spec.ts',
  'drawer-nav.spec.ts',
  'refresh.spec.ts',
  'selection.spec.ts',
  'browse.spec.ts',
  'chips.spec.ts',
  'copy.spec.ts',
  'deep-link.spec.ts',
  'drawer.spec.ts',
  'errors.spec.ts',
  'export.spec.ts',
  'live-api.spec.ts',
  'lookup.spec.ts',
  'paging.spec.ts',
  'sort.spec.ts',
  'zh-cn-screens.spec.ts',
].map((spec) => `**/${spec}`)

const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1280, height: 800 },
  // Dates show in the browser's zone, labelled; one fixed zone keeps the suite the same on every machine.
  timezoneId: 'UTC',
  launchOptions: {
    executablePath: CHROMIUM_PATH,
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
  // Review screenshots (`@screens`) are taken on request: SCREENS=1 npx playwright test --grep @screens
  grepInvert: process.env.SCREENS ? undefined : /@screens/,
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', use: { ...chromium, api: 'legacy' } },
    { name: 'chromium-v3', testMatch: V3_SPECS, use: { ...chromium, api: 'v3' } },
  ],
})
