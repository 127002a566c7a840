import { defineConfig } from 'vitest/config';

// The end-to-end journeys in a real browser (tests/journeys, `npm run test:e2e:firefox`): Node drives the
// browser through puppeteer, one file and one browser at a time (two cores, and a browser each is heavy).
export default defineConfig({
  test: {
    include: ['tests/journeys/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['verbose'],
  },
});
