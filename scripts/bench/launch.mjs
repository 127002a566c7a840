// Chromium with the bench build loaded, as tests/e2e/support/extension.ts launches it for the tests.
import { chromium } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchExtension(extensionPath) {
  const profile = mkdtempSync(path.join(tmpdir(), 'tsunagari-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'en-US',
    viewport: { width: 1280, height: 900 },
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--lang=en-US',
    ],
  });
  // Nothing in the bench may reach the internet.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort('internetdisconnected'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { context, extensionId, close };
}

/** The bench page, with `call(name, ...args)` running `window.bench[name]` inside the extension's origin. */
export async function openBenchPage(context, extensionId) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/bench.html`);
  await page.waitForFunction(() => document.documentElement.dataset.benchReady === 'true');
  const call = (name, ...args) => page.evaluate(([fn, params]) => window.bench[fn](...params), [name, args]);
  return { page, call };
}
