import { defineConfig, devices } from '@playwright/test'

const PORT = Number(process.env.E2E_PORT || 4300)
/** The emulator's own port, where the fault-injection endpoint listens (EMULATOR_TEST_FAULTS=1). */
const EMULATOR_PORT = PORT + 1

export default defineConfig({
  testDir: './e2e',
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list'], ['html', { open: 'never' }]],
  // Review screenshots (`@screens`) are taken on request: SCREENS=1 npx playwright test --grep @screens
  grepInvert: process.env.SCREENS ? undefined : /@screens/,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
          args: [
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-quic',
            '--disable-background-networking',
          ],
        },
      },
    },
  ],
  // The app under test is started exactly as `npm start` starts it, in demo mode, with test faults on.
  webServer: {
    command: 'node scripts/start.mjs',
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      EMULATOR_TEST_FAULTS: '1',
      EMULATOR_PORT: String(EMULATOR_PORT),
      TENCENTCLOUD_SECRET_ID: '',
      TENCENTCLOUD_SECRET_KEY: '',
    },
    url: `http://127.0.0.1:${PORT}/healthz`,
    reuseExistingServer: !process.env.CI,
    timeout: 120_000,
    stdout: 'pipe',
  },
})
