import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import { launchWithExtension, openExtensionPage } from './support/extension';
import { extensionWithHostAccess } from './support/active-tab';
import { readTableScript } from './support/linkedin';

interface Row {
  name: string;
  company: string;
  title: string;
  location: string;
  profileKeys: string[];
  emails: string[];
  met: { context: string | null };
}

const test = base.extend<{ ext: { context: BrowserContext; worker: Worker; extensionId: string } }>({
  // eslint-disable-next-line no-empty-pattern
  ext: async ({}, use) => {
    const launched = await launchWithExtension({
      extensionPath: extensionWithHostAccess(['https://rina-okada.example/*', 'https://town-notes.example/*']),
    });
    await use(launched);
    await launched.context.close();
  },
});

const contacts = async (worker: Worker) => (await worker.evaluate(readTableScript('contacts'))) as Row[];

async function serve(context: BrowserContext, url: string, fixture: string) {
  await context.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: readFileSync(path.resolve('tests/fixtures/pages', fixture), 'utf8'),
    }),
  );
}

async function panelOn(ext: { context: BrowserContext; worker: Worker; extensionId: string }, url: string) {
  const page = await ext.context.newPage();
  await page.goto(url);
  const tabId = await ext.worker.evaluate(
    async (target) => (await chrome.tabs.query({})).find((tab) => tab.url === target)?.id,
    url,
  );
  return openExtensionPage(ext.context, ext.extensionId, `popup.html?tab=${tabId}`);
}

test('the panel reads a personal page with schema.org markup and saves the person in one click', async ({ ext }) => {
  const url = 'https://rina-okada.example/about/';
  await serve(ext.context, url, 'person-jsonld.html');
  const popup = await panelOn(ext, url);
  await expect(popup.getByRole('heading', { name: 'Save this person' })).toBeVisible();
  await expect(popup.getByLabel('Name')).toHaveValue('Rina Okada');
  await expect(popup.getByLabel('Company')).toHaveValue('Okada Studio');
  await popup.getByRole('button', { name: 'Save person' }).click();
  await expect(popup.getByRole('heading', { name: 'Rina Okada' })).toBeVisible();

  const rows = await contacts(ext.worker);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ name: 'Rina Okada', company: 'Okada Studio', emails: ['hello@rina-okada.example'] });
  expect(rows[0]!.profileKeys).toContain('web:rina-okada.example/about');

  // Opening the panel again on the same page finds the saved card, not a second preview.
  const again = await panelOn(ext, url);
  await expect(again.getByRole('heading', { name: 'Rina Okada' })).toBeVisible();
  await expect(again.getByRole('button', { name: 'Talked today' })).toBeVisible();
});

test('on a page without structured data the user checks the fields first and the correction is saved', async ({
  ext,
}) => {
  const url = 'https://town-notes.example/interviews/yuto-kimura';
  await serve(ext.context, url, 'fallback-article.html');
  const popup = await panelOn(ext, url);
  // Only the fallback (the page title) named someone: the panel shows who is due and offers the form behind a link.
  await expect(popup.getByRole('heading', { name: 'Save this person' })).toHaveCount(0);
  await popup.getByRole('button', { name: 'Save someone from this page…' }).click();
  await expect(popup.getByRole('heading', { name: 'Save this person' })).toBeVisible();
  await expect(popup.getByText('Some details are unsure')).toBeVisible();
  await popup.getByLabel('Name').fill('Yuto Kimura');
  await popup.getByLabel('Company').fill('Kimura Bakery');
  await popup.getByLabel('How did you meet?').selectOption('coffee');
  await popup.getByRole('button', { name: 'Save person' }).click();
  await expect(popup.getByRole('heading', { name: 'Yuto Kimura' })).toBeVisible();

  const rows = await contacts(ext.worker);
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ name: 'Yuto Kimura', company: 'Kimura Bakery', met: { context: 'coffee' } });
});
