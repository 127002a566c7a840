import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, openExtensionPage } from './support/extension';
import { seedContacts, talkedDaysAgo } from './support/seed';
import { readTableScript } from './support/linkedin';
import { badgeText, restartWorker, waitForFirstCount } from './support/service-worker';
import { connectionsCsv } from '../fixtures/import/connections-generator.mjs';

const DAY_MS = 86_400_000;
const ROWS = 3_000;

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  expect(serious).toEqual([]);
}

test.describe('the first week with a real network (issue 15)', () => {
  let dir = '';
  let file = '';

  test.beforeAll(() => {
    // Invented people, written at test time.
    dir = mkdtempSync(path.join(tmpdir(), 'tsunagari-first-week-'));
    file = path.join(dir, 'Connections.csv');
    writeFileSync(file, connectionsCsv(ROWS, 15));
  });

  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('3,000 connections imported with the default choice stay off the badge; the week suggests a few names; ten are sorted by keyboard', async ({
    context,
    worker,
    extensionId,
  }) => {
    test.setTimeout(600_000);
    await waitForFirstCount(worker);
    // Two people the user already keeps in touch with are due; a third is fine.
    await seedContacts(worker, [
      talkedDaysAgo('Aiko Tanaka', 120, { company: 'Kumo Labs' }),
      talkedDaysAgo('Ben Carter', 45, { company: 'Sora Design' }),
      talkedDaysAgo('Chloé Dubois', 3),
    ]);

    // A new install opens the welcome page.
    await expect.poll(() => context.pages().some((p) => p.url().endsWith('dashboard.html#/welcome'))).toBe(true);
    const welcome = context.pages().find((p) => p.url().endsWith('dashboard.html#/welcome'))!;
    await expect(welcome.getByRole('heading', { name: 'Welcome to Tsunagari' })).toBeVisible();
    await expectNoSeriousViolations(welcome, 'welcome');

    // Import from the sidebar, with the default choice.
    const dashboard = await openExtensionPage(context, extensionId, 'dashboard.html#/');
    await dashboard.getByRole('link', { name: 'Import', exact: true }).click();
    await dashboard.getByLabel('Import file', { exact: true }).setInputFiles(file);
    const importButton = dashboard.getByRole('button', { name: 'Import', exact: true });
    await expect(importButton).toBeEnabled({ timeout: 120_000 });
    await expect(dashboard.getByRole('radio', { name: /Nobody yet/ })).toBeChecked();
    await expect(dashboard.getByText('Nobody from this file will be added to your reminders.')).toBeVisible();
    await expectNoSeriousViolations(dashboard, 'import choice');
    await importButton.click();
    await expect(dashboard.getByText(/^Imported/)).toHaveText('Imported: 3,000 new, 0 updated, 0 already up to date.', {
      timeout: 300_000,
    });

    // The badge stays as it was: the two tracked people who are due.
    await expect.poll(() => badgeText(worker)).toBe('2');

    // The popup shows who is due — two names, not a wall — and one dormant tie with its reason.
    const popup = await openExtensionPage(context, extensionId, 'popup.html');
    const due = popup.getByRole('list', { name: 'Who to check in with' });
    await expect(due.getByRole('listitem')).toHaveCount(2);
    const suggestion = popup.getByRole('region', { name: 'A tie worth reviving' });
    await expect(suggestion).toBeVisible();
    await expect(suggestion).toContainText(/Connected in 20\d\d/);
    await expectNoSeriousViolations(popup, 'popup with suggestion');
    await popup.close();

    // The weekly digest: at most three names, one of them a dormant tie from the imported, untracked people.
    await worker.evaluate(
      (lastRunAt) => chrome.storage.local.set({ digestState: { lastRunAt, schedule: '1@9' }, digestState$: { v: 1 } }),
      Date.now() - 8 * DAY_MS,
    );
    await restartWorker(context, extensionId);
    const digestIds = async () =>
      Object.keys(await worker.evaluate(() => chrome.notifications.getAll())).filter((id) =>
        id.startsWith('tsunagari-digest:'),
      );
    await expect.poll(digestIds, { timeout: 30_000 }).toHaveLength(1);
    const [notification] = await digestIds();
    const ids = notification!.slice('tsunagari-digest:'.length).split(',');
    expect(ids.length).toBeLessThanOrEqual(3);
    const digest = await openExtensionPage(context, extensionId, `dashboard.html#/digest?ids=${ids.join(',')}`);
    const tie = digest.getByRole('region', { name: 'A tie worth reviving' });
    await expect(tie).toContainText(/Connected in 20\d\d/);
    await expect(digest.getByRole('link', { name: 'Aiko Tanaka' })).toBeVisible();
    await expectNoSeriousViolations(digest, 'digest');
    await digest.close();

    // "Who matters now?": ten people tracked with the keyboard alone; the badge follows.
    await dashboard.getByRole('link', { name: 'Who matters now?' }).click();
    await expect(dashboard.getByText('3 of 3,003 sorted')).toBeVisible({ timeout: 60_000 });
    await expectNoSeriousViolations(dashboard, 'sorting');
    for (const key of ['1', '2', '3', '1', '2', '3', '1', '2', '3', '1']) {
      // Names repeat among invented people; the person link's address does not.
      const who = await dashboard.locator('#sort-name a').getAttribute('href');
      await dashboard.keyboard.press(key);
      await expect(dashboard.locator('#sort-name a')).not.toHaveAttribute('href', who ?? '');
    }
    await expect(dashboard.getByText('13 of 3,003 sorted')).toBeVisible();
    // Ten more tracked people; the badge follows them: a never-contacted connection is due once its connection
    // date plus the chosen cadence has passed (most of the invented dates are years old).
    const rows = (await worker.evaluate(readTableScript('contacts'))) as Array<{
      cadenceDays: number | null;
      dueAt: number | null;
    }>;
    expect(rows.filter((c) => c.cadenceDays !== null)).toHaveLength(13);
    const dueNow = rows.filter((c) => c.dueAt !== null && c.dueAt <= Date.now()).length;
    expect(dueNow).toBeGreaterThan(2);
    await expect.poll(() => badgeText(worker)).toBe(String(dueNow));

    // Leaving and coming back resumes.
    await dashboard.reload();
    await expect(dashboard.getByText('13 of 3,003 sorted')).toBeVisible({ timeout: 60_000 });
  });
});
