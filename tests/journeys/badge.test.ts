import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { launch, type ExtensionBrowser } from './support/launch';
import { badgeText, putRows, readTable } from './support/pages';
import { talkedDaysAgo } from '../e2e/support/seed';
import type { Contact } from '../../utils/model/contact';

let ext: ExtensionBrowser;
beforeEach(async () => {
  ext = await launch();
});
afterEach(() => ext.close());

test('the badge text equals the number of overdue people', async () => {
  const page = await ext.openExtensionPage('dashboard.html');
  await vi.waitFor(async () => expect(await badgeText(page)).toBe(''));
  const now = Date.now();
  await putRows(page, 'contacts', [
    talkedDaysAgo('Hina Kobayashi', 90, {}, now),
    talkedDaysAgo('Omar Farouk', 45, {}, now),
    talkedDaysAgo('Grace Lin', 31, {}, now),
    talkedDaysAgo('Yuto Mori', 28, {}, now), // soon, not overdue
    talkedDaysAgo('Chloé Dubois', 2, {}, now),
    talkedDaysAgo('Ravi Menon', 400, { archivedAt: now - 1_000 }, now), // archived: never due
  ]);
  // Every extension page tells the background after a write; the badge follows from the stored dueAt.
  await page.evaluate(() => chrome.runtime.sendMessage({ type: 'data-changed' }));

  const rows = await readTable<Contact>(page, 'contacts');
  const overdue = rows.filter((c) => c.archivedAt === null && c.dueAt !== null && c.dueAt <= Date.now()).length;
  expect(overdue).toBe(3);
  await vi.waitFor(async () => expect(await badgeText(page)).toBe(String(overdue)), { timeout: 20_000, interval: 50 });
});
