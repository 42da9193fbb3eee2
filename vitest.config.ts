import { defineConfig } from 'vitest/config'

// Unit tests only: Playwright specs live in e2e/ and never match these globs.
export default defineConfig({
  test: {
    environment: 'node',
    // Fuzzing and real servers (Redis, the emulator) take seconds on a busy 2-core machine.
    testTimeout: 20_000,
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
