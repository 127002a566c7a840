import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect, openExtensionPage } from './support/extension';
import { readTableScript } from './support/linkedin';
import { connectionsCsv } from '../fixtures/import/connections-generator.mjs';

const ROWS = 30_000;

interface StoredContact {
  name: string;
  profileKeys: string[];
  met: { date: number | null };
  dueAt: number | null;
}

test.describe('importing LinkedIn connections through the dashboard', () => {
  let dir = '';
  let file = '';

  test.beforeAll(() => {
    // Written at test time: a 30,000-row file is not committed.
    dir = mkdtempSync(path.join(tmpdir(), 'tsunagari-import-'));
    file = path.join(dir, 'Connections.csv');
    writeFileSync(file, connectionsCsv(ROWS, 42));
  });

  test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('imports 30,000 connections once, and a second import of the same file changes nothing', async ({
    context,
    worker,
    extensionId,
  }) => {
    // 30,000 rows on a shared two-core machine: generous limits, the benchmark measures the speed.
    test.setTimeout(1_200_000);
    const page = await openExtensionPage(context, extensionId, 'dashboard.html#/import');
    const importButton = page.getByRole('button', { name: 'Import', exact: true });

    await page.getByLabel('Import file', { exact: true }).setInputFiles(file);
    await expect(page.getByText('LinkedIn connections (CSV)')).toBeVisible({ timeout: 120_000 });
    await expect(importButton).toBeEnabled({ timeout: 120_000 });
    await importButton.click();
    await expect(page.getByText(/^Imported/)).toHaveText('Imported: 30,000 new, 0 updated, 0 already up to date.', {
      timeout: 540_000,
    });

    const contacts = (await worker.evaluate(readTableScript('contacts'))) as StoredContact[];
    expect(contacts).toHaveLength(ROWS);
    expect(new Set(contacts.map((c) => c.profileKeys[0])).size).toBe(ROWS);
    // The default choice, "nobody yet": everyone joins untracked, so nobody is due (issue 15).
    expect(contacts.every((c) => c.met.date !== null && c.dueAt === null)).toBe(true);

    // Idempotent: the same file again adds and changes no one.
    await page.getByLabel('Import file', { exact: true }).setInputFiles(file);
    await expect(importButton).toBeEnabled({ timeout: 120_000 });
    await importButton.click();
    await expect(page.getByText(/^Imported/)).toHaveText('Imported: 0 new, 0 updated, 30,000 already up to date.', {
      timeout: 540_000,
    });
    const again = (await worker.evaluate(readTableScript('contacts'))) as StoredContact[];
    expect(again).toHaveLength(ROWS);
  });
});
