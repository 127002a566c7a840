import { expect, test } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchWithExtension, newProfileDir, openExtensionPage } from './support/extension';
import { contactRow, seedContacts, talkedDaysAgo } from './support/seed';
import { badgeText, badgeTitle, restartWorker, stopWorker, waitForFirstCount } from './support/service-worker';

const DAY_MS = 86_400_000;

/** Three overdue (one a dormant tie), and four who must not count: soon, archived, untracked, snoozed. */
function mixedPeople() {
  return [
    talkedDaysAgo('Aiko Tanaka', 45, { company: 'Kumo Labs' }),
    talkedDaysAgo('Ben Carter', 90, { company: 'Sora Design' }),
    talkedDaysAgo('Chloé Dubois', 400, { company: 'Umi Foods' }),
    talkedDaysAgo('Daichi Mori', 27),
    talkedDaysAgo('Emi Sato', 200, { archivedAt: Date.now() - DAY_MS }),
    talkedDaysAgo('Farid Haddad', 200, { cadenceDays: null }),
    talkedDaysAgo('Grace Okafor', 200, { snoozedUntil: Date.now() + 7 * DAY_MS }),
  ];
}

test('the badge is recounted when the stopped service worker starts again', async () => {
  const { context, worker, extensionId } = await launchWithExtension();
  try {
    await waitForFirstCount(worker);
    const tickBefore = await worker.evaluate(() => chrome.alarms.get('tsunagari-tick'));
    expect(tickBefore?.periodInMinutes).toBe(30);

    await seedContacts(worker, mixedPeople());
    // Seeding told the worker nothing: the badge still shows the count from before.
    expect(await badgeText(worker)).toBe('');

    await restartWorker(context, extensionId);
    await expect.poll(() => badgeText(worker)).toBe('3');
    expect(await badgeTitle(worker)).toBe('Tsunagari — 3 people to get back in touch with');
    expect(await worker.evaluate(() => chrome.action.getBadgeBackgroundColor({}))).toEqual([194, 65, 12, 255]);
    // The periodic alarm outlived the worker and was not created again (its next firing did not move).
    expect(await worker.evaluate(() => chrome.alarms.get('tsunagari-tick'))).toEqual(tickBefore);

    // An extension page writes, then tells the worker, as the popup and the dashboard do after every write.
    await seedContacts(worker, [talkedDaysAgo('Hiro Ito', 31)]);
    const page = await openExtensionPage(context, extensionId, 'popup.html');
    expect(await page.evaluate(() => chrome.runtime.sendMessage({ type: 'data-changed' }))).toEqual({ ok: true });
    await expect.poll(() => badgeText(worker)).toBe('4');

    // While the worker is stopped the browser keeps showing the last count.
    await stopWorker(context, extensionId);
    expect(await page.evaluate(() => chrome.action.getBadgeText({}))).toBe('4');
  } finally {
    await context.close();
  }
});

test('the badge says 99+ above 99 overdue people', async () => {
  const { context, worker, extensionId } = await launchWithExtension();
  try {
    await waitForFirstCount(worker);
    await seedContacts(
      worker,
      Array.from({ length: 120 }, (_, i) => talkedDaysAgo(`Invented Person ${i + 1}`, 31 + i)),
    );
    await restartWorker(context, extensionId);
    await expect.poll(() => badgeText(worker)).toBe('99+');
  } finally {
    await context.close();
  }
});

test('the badge is right after the browser is closed and opened again on the same profile', async () => {
  // Two browser starts on one profile.
  test.setTimeout(150_000);
  const userDataDir = newProfileDir();
  try {
    const first = await launchWithExtension({ userDataDir });
    let fallsDueSoon = contactRow({ name: 'Ines Moreau' });
    try {
      await waitForFirstCount(first.worker);
      // Falls due while the browser is closed: only a recount at the next start can show it. The margin
      // covers a worker restart on a busy machine.
      const now = Date.now();
      fallsDueSoon = contactRow({ name: 'Ines Moreau', lastInteractionAt: now - 30 * DAY_MS + 25_000 }, now);
      await seedContacts(first.worker, [...mixedPeople(), fallsDueSoon]);
      await restartWorker(first.context, first.extensionId);
      await expect.poll(() => badgeText(first.worker)).toBe('3');
    } finally {
      await first.context.close();
    }

    const wait = (fallsDueSoon.dueAt ?? 0) - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait + 500));

    const second = await launchWithExtension({ userDataDir });
    try {
      expect(second.extensionId).toBe(first.extensionId);
      await expect.poll(() => badgeText(second.worker)).toBe('4');
      expect(await badgeTitle(second.worker)).toBe('Tsunagari — 4 people to get back in touch with');
      // Reopening did not create the periodic alarm a second time, nor lose it.
      expect(
        await second.worker.evaluate(() => chrome.alarms.getAll().then((all) => all.map((a) => a.name).sort())),
      ).toEqual(['tsunagari-digest', 'tsunagari-tick']);
    } finally {
      await second.context.close();
    }
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
