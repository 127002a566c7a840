import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { launch, type ExtensionBrowser } from './support/launch';
import { byName, clickButton, readTable, waitForText } from './support/pages';

const FIXTURES = path.resolve('tests/fixtures/import');

let ext: ExtensionBrowser;
beforeEach(async () => {
  ext = await launch();
});
afterEach(() => ext.close());

const names = async (page: Parameters<typeof readTable>[0]) =>
  (await readTable<{ name: string }>(page, 'contacts')).map((c) => c.name).sort();

/** The backup file once Firefox has finished writing it (a download in progress is a `.part` beside it). */
function downloadedBackup(dir: string): string {
  const files = readdirSync(dir);
  const hit = files.find((f) => /^tsunagari-backup-\d{4}-\d{2}-\d{2}\.json$/.test(f));
  if (!hit || files.some((f) => f.endsWith('.part')) || !existsSync(path.join(dir, hit))) {
    throw new Error(`No finished backup in ${dir} (${files.join(', ')}).`);
  }
  return path.join(dir, hit);
}

test('the dashboard imports a Connections.csv and exports a JSON backup that restores', async () => {
  // Import has its own page (issue 15); export, backup and restore stay in Settings.
  const page = await ext.openExtensionPage('dashboard.html#/import');
  const go = (hash: string) =>
    page.evaluate((h) => {
      location.hash = h;
    }, hash);
  const file = await byName<HTMLInputElement>(page, 'input[type=file]', 'Import file');
  await file.uploadFile(path.join(FIXTURES, 'linkedin-connections.csv'));
  await waitForText(page, 'LinkedIn connections (CSV)');
  await clickButton(page, 'Import');
  const status = await waitForText(page, /Imported: \d+ new, 0 updated, 0 already up to date\./);
  const created = Number(/Imported: (\d+) new/.exec(status)?.[1]);
  const imported = await names(page);
  expect(imported).toHaveLength(created);
  expect(imported).toEqual(expect.arrayContaining(['Hanako Sato', 'Priya Raman', '山田 太郎']));

  await go('#/settings');
  await clickButton(page, 'Download JSON backup');
  const backupPath = await vi.waitFor(() => downloadedBackup(ext.downloadsDir), { timeout: 20_000, interval: 50 });
  const backup = JSON.parse(readFileSync(backupPath, 'utf8'));
  expect(backup).toMatchObject({ format: 'tsunagari-backup', version: 1 });
  expect(backup.tables.contacts).toHaveLength(created);

  // Things change after the backup: two more people from a vCard file.
  await go('#/import');
  const again = await byName<HTMLInputElement>(page, 'input[type=file]', 'Import file');
  await again.uploadFile(path.join(FIXTURES, 'contacts-v21.vcf'));
  await waitForText(page, /Format: vCard/);
  await clickButton(page, 'Import');
  await waitForText(page, 'Imported: 2 new, 0 updated, 0 already up to date.');
  expect(await names(page)).toHaveLength(created + 2);

  // Restoring the backup puts back exactly what it held.
  await go('#/settings');
  const restore = await byName<HTMLInputElement>(page, 'input[type=file]', 'Backup file');
  await restore.uploadFile(backupPath);
  await waitForText(page, 'Replace everything?');
  await clickButton(page, 'Replace with backup');
  await waitForText(page, `Restored ${created} people from the backup.`);
  expect(await names(page)).toEqual(imported);
});
