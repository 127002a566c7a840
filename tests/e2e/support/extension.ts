import { test as base, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Where the built extension is: `.output/chrome-mv3` unless a build put it elsewhere. */
export const EXTENSION_PATH = path.resolve(
  process.env.TSUNAGARI_EXTENSION_PATH ?? path.join(process.env.TSUNAGARI_OUT_DIR ?? '.output', 'chrome-mv3'),
);

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launches Chromium with the extension on a persistent profile (a new one unless `userDataDir` is given). */
export async function launchWithExtension(
  options: { userDataDir?: string; locale?: string; colorScheme?: 'light' | 'dark'; extensionPath?: string } = {},
) {
  const extensionPath = options.extensionPath ?? EXTENSION_PATH;
  const userDataDir = options.userDataDir ?? '';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: options.locale ?? 'en-US',
    colorScheme: options.colorScheme ?? 'light',
    args: [
      `--disable-extensions-except=${extensionPath}`,
      `--load-extension=${extensionPath}`,
      // The machine has no network: keep Chromium from trying Google's services at every start.
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      `--lang=${options.locale ?? 'en-US'}`,
    ],
  });
  // No test may reach the internet: anything not routed by the test is refused.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort('internetdisconnected'));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId };
}

export function newProfileDir(): string {
  return mkdtempSync(path.join(tmpdir(), 'tsunagari-profile-'));
}

type Fixtures = {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
};

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const { context } = await launchWithExtension();
    await use(context);
    await context.close();
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker }, use) => {
    await use(new URL(worker.url()).host);
  },
});

export const expect = test.expect;

export async function openExtensionPage(context: BrowserContext, extensionId: string, page: string): Promise<Page> {
  const tab = await context.newPage();
  await tab.goto(`chrome-extension://${extensionId}/${page}`);
  return tab;
}
