import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  // Two cores: one worker keeps the browser and the extension's worker from starving each other.
  workers: 1,
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: { trace: 'retain-on-failure' },
  // Side-by-side builds (TSUNAGARI_OUT_DIR) keep their own artifacts too.
  outputDir: process.env.TSUNAGARI_OUT_DIR
    ? `test-results/${process.env.TSUNAGARI_OUT_DIR.replace(/^\./, '')}`
    : 'test-results',
});
