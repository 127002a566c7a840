import { expect, test, type Worker } from '@playwright/test';
import { rmSync } from 'node:fs';
import { launchWithExtension, newProfileDir } from './support/extension';
import { seedContacts, talkedDaysAgo } from './support/seed';
import { restartWorker, waitForFirstCount } from './support/service-worker';

const DAY_MS = 86_400_000;

function digestState(worker: Worker) {
  return worker.evaluate(
    async () =>
      (await chrome.storage.local.get('digestState')).digestState as {
        lastRunAt: number | null;
        schedule: string | null;
      },
  );
}

function digestNotifications(worker: Worker) {
  return worker.evaluate(async () =>
    Object.keys(await chrome.notifications.getAll()).filter((id) => id.startsWith('tsunagari-digest:')),
  );
}

test('a digest missed while the browser was closed shows once at the next start, never twice', async () => {
  // Three browser starts on one profile.
  test.setTimeout(180_000);
  const userDataDir = newProfileDir();
  const people = [
    talkedDaysAgo('Aiko Tanaka', 120, {
      company: 'Kumo Labs',
      met: { context: 'event', place: '', date: null, introducedBy: '' },
    }),
    talkedDaysAgo('Ben Carter', 100, {
      company: 'Kumo Labs',
      met: { context: 'event', place: '', date: null, introducedBy: '' },
    }),
    talkedDaysAgo('Chloé Dubois', 60, {
      company: 'Sora Design',
      met: { context: 'lunch', place: '', date: null, introducedBy: '' },
    }),
    talkedDaysAgo('Daichi Mori', 500, { cadenceDays: 730, company: 'Umi Foods' }),
    talkedDaysAgo('Emi Sato', 3),
  ];
  const [aiko, , chloe, daichi] = people;
  try {
    const first = await launchWithExtension({ userDataDir });
    try {
      await waitForFirstCount(first.worker);
      await seedContacts(first.worker, people);
      // The last digest ran eight days ago on the default schedule (Monday 09:00): since then a digest
      // time has passed, and the browser is about to be closed across it.
      await first.worker.evaluate(
        (lastRunAt) =>
          chrome.storage.local.set({ digestState: { lastRunAt, schedule: '1@9' }, digestState$: { v: 1 } }),
        Date.now() - 8 * DAY_MS,
      );
    } finally {
      await first.context.close();
    }

    const startedAt = Date.now();
    const second = await launchWithExtension({ userDataDir });
    let shownAt: number | null = null;
    try {
      await expect.poll(() => digestNotifications(second.worker)).toHaveLength(1);
      const [id] = await digestNotifications(second.worker);
      // The most overdue first, the dormant tie, and someone from another company.
      expect(id).toBe(`tsunagari-digest:${aiko?.id},${daichi?.id},${chloe?.id}`);
      const state = await digestState(second.worker);
      expect(state.lastRunAt).toBeGreaterThanOrEqual(startedAt);
      shownAt = state.lastRunAt;

      // The worker idles out and starts again: nothing new is shown. (Headless Chromium may already have
      // dismissed the first one; what matters is that no run claimed a second digest.)
      await second.worker.evaluate(() => chrome.action.setTitle({ title: 'before restart' }));
      await restartWorker(second.context, second.extensionId);
      await waitForFirstCount(second.worker);
      // The start work runs together; give the digest check a moment past the badge count to be sure.
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect((await digestNotifications(second.worker)).length).toBeLessThanOrEqual(1);
      expect((await digestState(second.worker)).lastRunAt).toBe(shownAt);
    } finally {
      await second.context.close();
    }

    // And the browser is closed and opened again: still not a second time.
    const third = await launchWithExtension({ userDataDir });
    try {
      await waitForFirstCount(third.worker);
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect((await digestState(third.worker)).lastRunAt).toBe(shownAt);
    } finally {
      await third.context.close();
    }
  } finally {
    rmSync(userDataDir, { recursive: true, force: true });
  }
});
