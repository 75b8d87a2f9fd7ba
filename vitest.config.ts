import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/support/loopback-guard.ts'],
    globalSetup: ['tests/support/build.ts'],
    testTimeout: 20_000,
    hookTimeout: 20_000,
    // The Discord end-to-end tests share one emulator per file; files still run in parallel.
    pool: 'forks',
  },
});
