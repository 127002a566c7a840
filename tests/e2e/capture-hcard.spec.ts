import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import { launchWithExtension } from './support/extension';
import { extensionWithHostAccess } from './support/active-tab';

/**
 * microformats-parser runs in the injected capture over the page's own DOM (utils/capture/mf2/parse5-dom.ts stands
 * in for parse5 in the build): this proves the built capture-page.js reads h-cards in Chromium as the unit tests do.
 */
const SITES = ['https://yui-matsuda.example/*', 'https://goro-hayashi.example/*', 'https://kite-club.example/*'];

const test = base.extend<{ ext: { context: BrowserContext; worker: Worker } }>({
  // eslint-disable-next-line no-empty-pattern
  ext: async ({}, use) => {
    const launched = await launchWithExtension({ extensionPath: extensionWithHostAccess(SITES) });
    await use(launched);
    await launched.context.close();
  },
});

async function captureOn(ext: { context: BrowserContext; worker: Worker }, url: string, fixture: string) {
  await ext.context.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(path.resolve('tests/fixtures/pages', fixture), 'utf8'),
    }),
  );
  await ext.context.route(/\.(jpg|png)$/, (route) => route.fulfill({ status: 404, body: '' }));
  const page = await ext.context.newPage();
  await page.goto(url);
  return ext.worker.evaluate(async (target) => {
    const tab = (await chrome.tabs.query({})).find((t) => t.url === target);
    const [frame] = await chrome.scripting.executeScript({ target: { tabId: tab!.id! }, files: ['/capture-page.js'] });
    return (frame?.result as { capture: unknown } | undefined)?.capture;
  }, url);
}

test('the injected capture reads implied, relative-base and classic h-cards in Chromium', async ({ ext }) => {
  expect(await captureOn(ext, 'https://yui-matsuda.example/', 'hcard-implied-name.html')).toMatchObject({
    source: 'h-card',
    fields: { name: 'Yui Matsuda', avatarUrl: 'https://yui-matsuda.example/images/yui.jpg' },
    needsConfirmation: false,
  });
  expect(await captureOn(ext, 'https://kite-club.example/about/officers.html', 'hcard-base-href.html')).toMatchObject({
    fields: { name: 'Sakura Ito', avatarUrl: 'https://kite-club.example/members/sakura-ito.jpg' },
  });
  expect(await captureOn(ext, 'https://goro-hayashi.example/contact', 'hcard-vcard.html')).toMatchObject({
    source: 'h-card',
    fields: { name: 'Goro Hayashi', company: 'Hayashi Sake Brewery', location: 'Niigata, Japan' },
  });
});
