import { defineConfig } from 'vitest/config'

// Unit tests only: Playwright specs live in e2e/ and never match these globs.
export default defineConfig({
  test: {
    environment: 'node',
    // Fuzzing and real servers (Redis, the emulator) take seconds on a busy 2-core machine.
    testTimeout: 20_000,
    // The English catalogue is active in every test, as it is on a page opened in English.
    setupFiles: ['web/test-support/english.ts'],
    include: [
      'web/**/*.test.{ts,tsx}',
      'proxy/**/*.test.ts',
      'emulator/**/*.test.ts',
      'core/**/*.test.ts',
      'scripts/**/*.test.ts',
      'bench/**/*.test.ts',
    ],
  },
})
