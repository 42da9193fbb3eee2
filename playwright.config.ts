import { defineConfig, devices } from '@playwright/test'
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium'

const PORT = Number(process.env.E2E_PORT || 4300)

/**
 * The suite runs against two copies of the app: the default legacy API on E2E_PORT, and API 3.0
 * (TENCENTCLOUD_API=v3) on E2E_PORT+2. Each app's emulator listens on the app's port + 1, where the
 * fault-injection endpoint is (opened by `--test-faults`); e2e/support/app.ts finds it from the baseURL.
 */
const MODES = [
  { api: 'legacy', port: PORT },
  { api: 'v3', port: PORT + 2 },
] as const

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
  'trial-lookups.spec.ts',
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

export default defineConfig({
  testDir: './e2e',
  // Room for axe over a full page of rows on a busy 2-core machine; waits inside a test stay bounded by `expect`.
  timeout: 60_000,
  expect: {
    timeout: 10_000,
    // Visual baselines (e2e/visual.spec.ts): small tolerance for anti-aliasing, nothing moving.
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, animations: 'disabled', caret: 'hide' },
  },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never' }]],
  // Review screenshots (`@screens`) are taken on request: SCREENS=1 npx playwright test --grep @screens
  grepInvert: process.env.SCREENS ? undefined : /@screens/,
  use: {
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    { name: 'chromium', use: { ...chromium, baseURL: `http://127.0.0.1:${PORT}` } },
    {
      name: 'chromium-v3',
      testMatch: V3_SPECS,
      use: { ...chromium, baseURL: `http://127.0.0.1:${PORT + 2}` },
    },
  ],
  // The apps under test are started exactly as `npm start` starts them, in demo mode, with test faults on,
  // one after the other (the first builds what is stale).
  webServer: MODES.map(({ api, port }) => ({
    command: 'node --import tsx scripts/start.ts --test-faults',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      // One JSON line per request would bury the test report; warnings and errors still show.
      LOG_LEVEL: 'warn',
      TENCENTCLOUD_API: api,
      EMULATOR_PORT: String(port + 1),
      TENCENTCLOUD_SECRET_ID: '',
      TENCENTCLOUD_SECRET_KEY: '',
      TENCENTCLOUD_SESSION_TOKEN: '',
      TENCENTCLOUD_REGION: '',
      IMAGE_API_ENDPOINT: '',
    },
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'pipe' as const,
  })),
})
