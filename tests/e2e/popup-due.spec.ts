import type { Worker } from '@playwright/test';
import { test, expect, openExtensionPage } from './support/extension';
import { contactRow, seedContacts } from './support/seed';
import { readTableScript } from './support/linkedin';
import { DAY_MS } from '../../utils/cadence/due';

const badge = (worker: Worker) => worker.evaluate(() => chrome.action.getBadgeText({}));

test('done and snooze from the panel each take one tap and update the badge', async ({
  context,
  worker,
  extensionId,
}) => {
  const popup = await openExtensionPage(context, extensionId, 'popup.html');
  await expect(popup.getByRole('heading', { name: 'Start your network' })).toBeVisible();

  const now = Date.now();
  await seedContacts(worker, [
    contactRow(
      { id: 'p-1', name: 'Hina Kobayashi', company: 'Sora Robotics', title: 'Engineer', createdAt: now - 90 * DAY_MS },
      now,
    ),
    contactRow(
      { id: 'p-2', name: 'Omar Farouk', company: 'Delta Foods', title: 'Chef', createdAt: now - 60 * DAY_MS },
      now,
    ),
    contactRow({ id: 'p-3', name: 'Grace Lin', company: 'Kite Studio', createdAt: now - 5 * DAY_MS }, now),
  ]);
  // Tell the worker, as every extension page does after a write.
  await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'data-changed' }));
  await expect.poll(() => badge(worker)).toBe('2');

  await popup.reload();
  const list = popup.getByRole('list', { name: 'Who to check in with' });
  // Most overdue first.
  await expect(list.locator('li').first()).toContainText('Hina Kobayashi');
  await expect(list).not.toContainText('Grace Lin');

  await popup.getByRole('button', { name: 'Mark Hina Kobayashi as contacted' }).click();
  await expect.poll(() => badge(worker)).toBe('1');
  await expect(list).not.toContainText('Hina Kobayashi');

  await popup.getByRole('button', { name: 'Snooze Omar Farouk for a week' }).click();
  await expect.poll(() => badge(worker)).toBe('');
  await expect(popup.getByText('All caught up')).toBeVisible();
  await expect(popup.getByRole('list', { name: 'Coming up' })).toContainText('Omar Farouk');

  // The writes are in the database, not only on screen.
  const rows = (await worker.evaluate(readTableScript('contacts'))) as Array<{
    id: string;
    lastInteractionAt: number | null;
    snoozedUntil: number | null;
  }>;
  const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
  expect(byId['p-1']?.lastInteractionAt).toBeGreaterThanOrEqual(now);
  expect(byId['p-2']?.snoozedUntil).toBeGreaterThan(now + 6 * DAY_MS);
});
