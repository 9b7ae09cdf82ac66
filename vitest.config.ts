import { defineConfig } from 'vitest/config';

/** Unit, content and Electron wiring tests run under Node; end-to-end tests are Playwright's (playwright.config.ts). */
export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/wiring/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 20_000,
  },
});
