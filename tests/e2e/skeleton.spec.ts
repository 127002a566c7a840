import type { Page, Worker } from '@playwright/test';
import { test, expect, openExtensionPage } from './support/extension';
import { readTableScript, serveLinkedIn } from './support/linkedin';
import { clickShadowButton } from './support/shadow-click';

const PROFILE_URL = 'https://www.linkedin.com/in/aiko-demo-tanaka/';

interface StoredContact {
  id: string;
  name: string;
  headline: string;
  company: string;
  location: string;
  createdAt: number;
  cadenceDays: number | null;
}

async function contacts(worker: Worker): Promise<StoredContact[]> {
  return (await worker.evaluate(readTableScript('contacts'))) as StoredContact[];
}

async function badge(worker: Worker): Promise<string> {
  return worker.evaluate(() => chrome.action.getBadgeText({}));
}

async function tabIdOf(worker: Worker, url: string): Promise<number> {
  const id = await worker.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id;
  }, url);
  if (id === undefined) throw new Error(`no tab at ${url}`);
  return id;
}

/** The panel, opened on the profile tab (the `tab` parameter stands in for "the active tab"). */
async function openPopup(page: Page, worker: Worker, extensionId: string): Promise<Page> {
  const tabId = await tabIdOf(worker, page.url());
  return openExtensionPage(page.context(), extensionId, `popup.html?tab=${tabId}`);
}

/** Moves a saved person's creation back in time, as if they had been saved `days` ago. */
async function backdate(worker: Worker, id: string, days: number): Promise<void> {
  await worker.evaluate(
    ({ id, days }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tsunagari');
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('contacts', 'readwrite');
          const store = tx.objectStore('contacts');
          const get = store.get(id);
          get.onsuccess = () => {
            const row = get.result;
            row.createdAt -= days * 86_400_000;
            store.put(row);
          };
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { id, days },
  );
}

test('save from the in-page button, keep a note, and clear an overdue badge by talking', async ({
  context,
  worker,
  extensionId,
}) => {
  await serveLinkedIn(context, [[/^\/in\/aiko-demo-tanaka\/?$/, 'linkedin-demo.html']]);
  const page = await context.newPage();
  await page.goto(PROFILE_URL);

  await clickShadowButton(page, /^Save to Tsunagari/);
  await expect.poll(async () => (await contacts(worker)).length).toBe(1);
  const [saved] = await contacts(worker);
  expect(saved).toMatchObject({
    name: expect.stringMatching(/\S/),
    headline: expect.stringMatching(/\S/),
    company: expect.stringMatching(/\S/),
    location: expect.stringMatching(/\S/),
  });
  // The in-page button reports the save.
  await clickShadowButton(page, /^Saved/, { click: false });

  // The panel on that tab shows the saved card.
  let popup = await openPopup(page, worker, extensionId);
  await expect(popup.getByRole('heading', { name: saved!.name })).toBeVisible();
  await popup.getByLabel('Quick note').fill('Met at the Osaka data meetup; ask how the move to Kyoto went.');
  await popup.getByRole('button', { name: 'Add note' }).click();
  await expect(popup.getByRole('list', { name: 'Notes' })).toContainText('ask how the move to Kyoto went');
  await popup.close();

  popup = await openPopup(page, worker, extensionId);
  await expect(popup.getByRole('list', { name: 'Notes' })).toContainText('ask how the move to Kyoto went');

  // Saved 100 days ago with a monthly cadence: overdue, so the badge counts them.
  await backdate(worker, saved!.id, 100);
  await popup.reload();
  await popup.getByLabel('Check in every').selectOption('30');
  await expect.poll(() => badge(worker)).toBe('1');
  await expect(popup.getByText(/^\d+ (days?|weeks?|months?) overdue$/)).toBeVisible();

  await popup.getByRole('button', { name: 'Talked today' }).click();
  await expect.poll(() => badge(worker)).toBe('');
  await expect(popup.getByText('Logged.')).toBeVisible();
});

test('a person already saved shows as saved when the page opens', async ({ context, worker }) => {
  await serveLinkedIn(context, [[/^\/in\/aiko-demo-tanaka\/?$/, 'linkedin-demo.html']]);
  const page = await context.newPage();
  await page.goto(PROFILE_URL);
  await clickShadowButton(page, /^Save to Tsunagari/);
  await expect.poll(async () => (await contacts(worker)).length).toBe(1);

  const again = await context.newPage();
  await again.goto(PROFILE_URL);
  await clickShadowButton(again, /^Saved/, { click: false });
  expect((await contacts(worker)).length).toBe(1);
});

test('away from a profile the panel says what to do, then lists who is due', async ({
  context,
  worker,
  extensionId,
}) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByRole('heading', { name: 'Start your network' })).toBeVisible();
  await expect(popup.getByText('Save to Tsunagari')).toBeVisible();
  expect(await badge(worker)).toBe('');
});
