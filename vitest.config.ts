import { availableParallelism } from 'node:os'
import { defineConfig } from 'vitest/config'

// Unit tests only: Playwright specs live in e2e/ and never match these globs.
const shared = {
  // Fuzzing and real servers (Redis, the emulator) take seconds on a busy 2-core machine.
  testTimeout: 20_000,
  // The English catalogue is active in every test, as it is on a page opened in English.
  setupFiles: ['web/test-support/english.ts'],
}

export default defineConfig({
  test: {
    // A core and one more: many files wait on real servers and timers (key rotation, Redis, faults), and one
    // more file in flight keeps both cores busy meanwhile (59 s → 24 s for the whole run on 2 cores).
    maxWorkers: availableParallelism() + 1,
    projects: [
      {
        // The web's modules hold the page's state (the active language, its loaded catalogues): a fresh set of
        // modules for every file, as every page load has.
        test: { ...shared, name: 'web', include: ['web/**/*.test.{ts,tsx}'] },
      },
      {
        // The server side keeps no state in its modules (every test builds its own app, emulator or Redis
        // client), so its files share one set of modules per worker: two-thirds less CPU spent importing.
        test: {
          ...shared,
          name: 'server',
          isolate: false,
          include: [
            'proxy/**/*.test.ts',
            'emulator/**/*.test.ts',
            'core/**/*.test.ts',
            'scripts/**/*.test.ts',
            'bench/**/*.test.ts',
          ],
        },
      },
    ],
  },
})
