import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/* README "Try it": `npm start` without a display runs headless and says so, the demo photo loads from a bundled
   file, and a missing Chromium gives one clear sentence instead of a stack trace. */

function start(env: Record<string, string | undefined>) {
  const clean: NodeJS.ProcessEnv = { ...process.env, DISPLAY: '', WAYLAND_DISPLAY: '', ...env };
  delete clean.DISPLAY;
  delete clean.WAYLAND_DISPLAY;
  return spawnSync(process.execPath, ['scripts/start.mjs'], { env: clean, encoding: 'utf8', timeout: 60_000 });
}

test('without a display it runs headless, loads the demo photo and says what it did', () => {
  const run = start({});
  expect(run.stderr).not.toContain('did not load');
  expect(run.status).toBe(0);
  expect(run.stdout).toContain('The demo photo loaded (400 px wide).');
  expect(run.stdout).toContain('ran headless');
  expect(run.stdout).toContain('The browser profile is temporary');
  expect(existsSync(path.resolve('.output/start-demo.png'))).toBe(true);
});

test('a missing Chromium is one clear message, not a stack trace', () => {
  const run = start({ CHROMIUM_PATH: '/nonexistent/chromium' });
  expect(run.status).toBe(1);
  expect(run.stderr).toContain('Chromium was not found at /nonexistent/chromium.');
  expect(run.stderr).toContain('CHROMIUM_PATH');
  expect(run.stderr).not.toMatch(/\n\s+at /);
});
