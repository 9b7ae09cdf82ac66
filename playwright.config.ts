import { defineConfig } from '@playwright/test';
import { chromiumArgs, findChromium } from './electron/bridge/chromium';

/**
 * End-to-end tests: the real renderer (built into dist/renderer) and the real services on a fresh
 * SQLite file per test, through the browser bridge, in Chromium. Debian's /usr/bin/chromium where
 * present, else Playwright's own browser (npx playwright install chromium).
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 1024 },
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
    trace: 'retain-on-failure',
  },
});
