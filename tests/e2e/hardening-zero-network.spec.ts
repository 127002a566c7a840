import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { BrowserContext, Page, Request, Worker } from '@playwright/test';
import { test, expect, openExtensionPage } from './support/extension';
import { readTableScript, serveLinkedIn } from './support/linkedin';
import { clickShadowButton } from './support/shadow-click';
import { DEFAULT_SETTINGS } from '../../utils/model/settings';

/*
 * Zero network: a run through capture, popup, dashboard, import and export, recording every request the
 * extension's pages and its service worker make. Nothing may leave the browser except a person's photo,
 * fetched from the very address it was captured with — and with photos switched off, not even that.
 */

const PROFILE = 'https://www.linkedin.com/in/aiko-demo-tanaka/';
const FIXTURE_HTML = readFileSync(path.resolve('tests/fixtures/pages/linkedin-demo.html'), 'utf8');
const IMPORTS = path.resolve('tests/fixtures/import');

interface Seen {
  url: string;
  by: string;
}

/** A request that would leave the machine (anything but the extension's own files, data: and blob:). */
function leaves(url: string): boolean {
  return /^(https?|wss?|ftp):/i.test(url);
}

/** Records requests from the extension's pages, its worker, and whatever our content script adds to LinkedIn tabs. */
function recordRequests(context: BrowserContext, extensionId: string): Seen[] {
  const seen: Seen[] = [];
  const origin = `chrome-extension://${extensionId}/`;
  context.on('request', (request: Request) => {
    const sw = request.serviceWorker();
    if (sw) {
      if (sw.url().startsWith(origin)) seen.push({ url: request.url(), by: 'worker' });
      return;
    }
    let frameUrl: string;
    try {
      frameUrl = request.frame().url();
    } catch {
      frameUrl = '';
    }
    const pageUrl = (() => {
      try {
        return request.frame().page().url();
      } catch {
        return '';
      }
    })();
    if (frameUrl.startsWith(origin) || pageUrl.startsWith(origin)) seen.push({ url: request.url(), by: 'page' });
    // In a LinkedIn tab the page's own document and the files it names are LinkedIn's; anything else would be ours.
    else if (
      /^https:\/\/[a-z]+\.linkedin\.com\//.test(pageUrl) &&
      !request.isNavigationRequest() &&
      !FIXTURE_HTML.includes(request.url())
    ) {
      seen.push({ url: request.url(), by: 'linkedin-tab' });
    }
  });
  return seen;
}

async function servePhotos(context: BrowserContext) {
  await context.route('https://media.licdn.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#8aa"/></svg>',
    }),
  );
}

async function download(page: Page, name: string | RegExp) {
  const [file] = await Promise.all([
    page.waitForEvent('download', { timeout: 60_000 }),
    page.getByRole('button', { name }).click(),
  ]);
  expect(await file.path()).toBeTruthy();
}

/** Capture in the page, the popup for that tab, the dashboard's screens, an import and every export. */
async function walkThrough(context: BrowserContext, worker: Worker, extensionId: string) {
  await serveLinkedIn(context, [[/^\/in\/(aiko-demo-tanaka|daichi-demo-ishikawa)\/?$/, 'linkedin-demo.html']]);
  await servePhotos(context);
  const linkedin = await context.newPage();
  await linkedin.goto(PROFILE);
  await clickShadowButton(linkedin, /^Save to Tsunagari$/, { timeout: 30_000 });
  await expect
    .poll(async () => ((await worker.evaluate(readTableScript('contacts'))) as unknown[]).length, { timeout: 20_000 })
    .toBe(1);

  const tabId = await worker.evaluate(async (url) => (await chrome.tabs.query({ url }))[0]?.id, PROFILE);
  expect(tabId).toBeGreaterThan(0);
  const popup = await openExtensionPage(context, extensionId, `popup.html?tab=${tabId}`);
  await expect(popup.getByText('Aiko Tanaka').first()).toBeVisible({ timeout: 30_000 });
  await popup.waitForTimeout(1_000);
  await popup.close();

  const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html');
  await expect(dashboard.getByText('Aiko Tanaka').first()).toBeVisible({ timeout: 30_000 });
  await dashboard.waitForTimeout(1_000);
  for (const route of ['#/insights', '#/settings', '#/import']) {
    await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html${route}`);
    await dashboard.waitForLoadState('load');
    await dashboard.waitForTimeout(1_000);
  }
  const importButton = dashboard.getByRole('button', { name: 'Import', exact: true });
  await dashboard.getByLabel('Import file', { exact: true }).setInputFiles(path.join(IMPORTS, 'linkedin-export.zip'));
  await expect(importButton).toBeEnabled({ timeout: 60_000 });
  await importButton.click();
  await expect(dashboard.getByText(/^Imported/)).toBeVisible({ timeout: 60_000 });
  await dashboard.getByRole('link', { name: 'Settings' }).click();

  await download(dashboard, 'Download JSON backup');
  await download(dashboard, /CSV/);
  await download(dashboard, /vCard/);

  // The people list again, now with the imported people and their photos (if any).
  await dashboard.goto(`chrome-extension://${extensionId}/dashboard.html`);
  await expect(dashboard.getByText('Aiko Tanaka').first()).toBeVisible({ timeout: 30_000 });
  await dashboard.waitForTimeout(2_000);
}

/** Proves the recorder hears the worker: without this, an empty record could mean we were deaf. */
async function probeWorker(worker: Worker, seen: Seen[]) {
  await worker.evaluate(() => fetch('https://probe.example/').catch(() => undefined));
  await expect.poll(() => seen.some((s) => s.by === 'worker' && s.url === 'https://probe.example/')).toBe(true);
  seen.splice(0, seen.length, ...seen.filter((s) => s.url !== 'https://probe.example/'));
}

async function photoAddresses(worker: Worker): Promise<Set<string>> {
  const contacts = (await worker.evaluate(readTableScript('contacts'))) as Array<{ avatarUrl: string }>;
  return new Set(contacts.map((c) => c.avatarUrl).filter(Boolean));
}

test('nothing leaves the browser but photos from the address they were captured with', async ({
  context,
  worker,
  extensionId,
}) => {
  test.setTimeout(300_000);
  const seen = recordRequests(context, extensionId);
  await walkThrough(context, worker, extensionId);

  const photos = await photoAddresses(worker);
  const outgoing = seen.filter((s) => leaves(s.url));
  // The recorder works for pages too: the captured photo was asked for, by a page, at its captured address.
  expect(outgoing).toContainEqual({
    url: 'https://media.licdn.com/dms/image/v2/demo/aiko-demo-tanaka-400.jpg',
    by: 'page',
  });
  expect(outgoing.filter((s) => !(s.by === 'page' && photos.has(s.url)))).toEqual([]);
  await probeWorker(worker, seen);
});

test('with photos switched off, the extension makes no request that leaves the browser at all', async ({
  context,
  worker,
  extensionId,
}) => {
  test.setTimeout(300_000);
  await worker.evaluate((settings) => chrome.storage.local.set({ settings }), {
    ...DEFAULT_SETTINGS,
    loadPhotos: false,
  });
  const seen = recordRequests(context, extensionId);
  await walkThrough(context, worker, extensionId);

  expect(await photoAddresses(worker)).toContain('https://media.licdn.com/dms/image/v2/demo/aiko-demo-tanaka-400.jpg');
  expect(seen.filter((s) => leaves(s.url))).toEqual([]);
  await probeWorker(worker, seen);
});
