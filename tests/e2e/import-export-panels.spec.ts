import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect, openExtensionPage } from './support/extension';
import { readTableScript } from './support/linkedin';

const FIXTURES = path.resolve('tests/fixtures/import');

test('imports LinkedIn’s export zip and a vCard file, then downloads a backup that holds them', async ({
  context,
  worker,
  extensionId,
}) => {
  test.setTimeout(180_000);
  const page = await openExtensionPage(context, extensionId, 'dashboard.html#/import');
  const fileInput = page.getByLabel('Import file', { exact: true });
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  const status = page.getByText(/^Imported/);

  await fileInput.setInputFiles(path.join(FIXTURES, 'linkedin-export.zip'));
  await expect(page.getByText('LinkedIn data export (zip)')).toBeVisible({ timeout: 60_000 });
  // The preview: 5 people, 3 bad rows listed with their reasons.
  await expect(page.getByRole('definition').first()).toHaveText('5', { timeout: 60_000 });
  await page.getByText('Show the 3 rows that will be left out').click();
  await expect(page.getByText('Line 11: not a LinkedIn profile address')).toBeVisible();
  await importButton.click();
  await expect(status).toHaveText('Imported: 5 new, 0 updated, 0 already up to date.', { timeout: 60_000 });

  await fileInput.setInputFiles(path.join(FIXTURES, 'contacts-v21.vcf'));
  await expect(importButton).toBeEnabled({ timeout: 60_000 });
  await importButton.click();
  await expect(status).toHaveText('Imported: 2 new, 0 updated, 0 already up to date.', { timeout: 60_000 });

  const contacts = (await worker.evaluate(readTableScript('contacts'))) as Array<{ name: string }>;
  expect(contacts.map((c) => c.name).sort()).toEqual(
    ['Hanako Sato', 'Kenji Watanabe "Ken"', 'Marco Bellini', 'Priya Raman', '山田 太郎', '鈴木 花子', '高橋 健'].sort(),
  );

  // Export and backup stay in Settings; Import has its own page (issue 15).
  await page.getByRole('link', { name: 'Settings' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download JSON backup' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tsunagari-backup-\d{4}-\d{2}-\d{2}\.json$/);
  const backup = JSON.parse(readFileSync(await download.path(), 'utf8'));
  expect(backup).toMatchObject({ format: 'tsunagari-backup', version: 1, schemaVersion: 4 });
  expect(backup.tables.contacts).toHaveLength(7);
});
