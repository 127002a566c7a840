import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { launch, type ExtensionBrowser } from './support/launch';
import { putRows, waitForText } from './support/pages';
import { talkedDaysAgo } from '../e2e/support/seed';
import { DAY_MS } from '../../utils/cadence/due';

let ext: ExtensionBrowser;
beforeEach(async () => {
  ext = await launch();
});
afterEach(() => ext.close());

const TITLE = 'This week, reach out to';

test('the weekly digest notification shows without buttons, and a click opens the dashboard on those people', async () => {
  const page = await ext.openExtensionPage('dashboard.html');
  const aiko = talkedDaysAgo('Aiko Tanaka', 120, { company: 'Kumo Labs' });
  const ben = talkedDaysAgo('Ben Carter', 60, { company: 'Sora Design' });
  await putRows(page, 'contacts', [aiko, ben, talkedDaysAgo('Emi Sato', 3)]);
  // The last digest ran eight days ago on the default schedule (Mondays at 09:00), so one is due; the
  // digest alarm then fires as it would at that hour.
  await page.evaluate(
    (lastRunAt) => chrome.storage.local.set({ digestState: { lastRunAt, schedule: '1@9' }, digestState$: { v: 1 } }),
    Date.now() - 8 * DAY_MS,
  );
  await page.evaluate(() => chrome.alarms.create('tsunagari-digest', { when: Date.now() }));

  const shown = await vi.waitFor(
    async () => {
      const notes = await ext.notificationsOnScreen();
      expect(notes).toHaveLength(1);
      return notes[0]!;
    },
    { timeout: 20_000, interval: 50 },
  );
  expect(shown.title).toBe(TITLE);
  expect(shown.text).toBe('Aiko Tanaka and Ben Carter. A short message is enough to keep the tie alive.');
  // Firefox has no notification buttons: the extension leaves them out (the create call would fail).
  expect(shown.buttons).toEqual([]);
  const options = await page.evaluate(() => browser.notifications.getAll());
  expect(Object.keys(options)).toEqual([`tsunagari-digest:${aiko.id},${ben.id}`]);
  expect(Object.values(options)[0]).not.toHaveProperty('buttons');

  await ext.clickNotification(TITLE);
  const digest = await ext.waitForTab((url) => url.startsWith(`${ext.baseUrl}dashboard.html#/digest?ids=`));
  expect(await digest.evaluate(() => location.hash)).toBe(`#/digest?ids=${aiko.id},${ben.id}`);
  const text = await waitForText(digest, 'Ben Carter');
  expect(text).toContain('Aiko Tanaka');
  expect(text).not.toContain('Emi Sato');
  // The click also took the notification away.
  await vi.waitFor(async () => expect(await page.evaluate(() => browser.notifications.getAll())).toEqual({}));
});
