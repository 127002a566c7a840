import AxeBuilder from '@axe-core/playwright';
import { launchWithExtension, openExtensionPage, expect, test } from './support/extension';

const SHOTS = process.env.SYNC_SHOTS ?? 'tests/screenshots/out';

const COMBOS = [
  { lang: 'en', locale: 'en-US', colorScheme: 'light' },
  { lang: 'en', locale: 'en-US', colorScheme: 'dark' },
  { lang: 'ja', locale: 'ja-JP', colorScheme: 'light' },
  { lang: 'ja', locale: 'ja-JP', colorScheme: 'dark' },
] as const;

test.describe.configure({ timeout: 120_000 });

for (const combo of COMBOS) {
  test(`Settings → Sync: the setup form and a linked book with status pass axe (${combo.lang}, ${combo.colorScheme})`, async () => {
    const { context, extensionId } = await launchWithExtension({
      locale: combo.locale,
      colorScheme: combo.colorScheme,
    });
    try {
      const page = await openExtensionPage(context, extensionId, 'dashboard.html#/settings');
      await page.setViewportSize({ width: 1280, height: 900 });
      const section = page.locator('section[aria-labelledby="set-sync"]');
      await expect(section).toBeVisible();
      // The password's home is said where it is typed.
      await expect(section).toContainText(combo.lang === 'en' ? 'stored only on this device' : 'この端末にだけ保存');
      await section.screenshot({ path: `${SHOTS}/sync-setup-${combo.lang}-${combo.colorScheme}.png` });
      await page.evaluate(async () => {
        await chrome.storage.local.set({
          syncAccount: {
            serverUrl: 'http://127.0.0.1:5232/',
            username: 'mirei',
            password: 'x',
            bookUrl: 'http://127.0.0.1:5232/mirei/people/',
            bookName: 'People',
            version: '4.0',
            keepsPrivate: false,
            encrypt: false,
            passphrase: '',
            salt: 'c2FsdA==',
            importForeign: false,
            enabled: false,
          },
          syncStatus: {
            lastSyncAt: Date.UTC(2026, 11, 8, 2, 30),
            sent: 12,
            received: 340,
            needsPassphrase: true,
            foreign: 3,
            failures: 1,
            lastError: { kind: 'timeout', message: 'x', at: Date.UTC(2026, 11, 8, 2, 31) },
            progress: { phase: 'receive', done: 1200, total: 30000 },
          },
        });
      });
      await expect(section.locator('progress')).toBeVisible();
      await expect(section.locator('.warning').first()).toBeVisible();
      const results = await new AxeBuilder({ page }).include('section[aria-labelledby="set-sync"]').analyze();
      expect(
        results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
      ).toEqual([]);
      await section.screenshot({ path: `${SHOTS}/sync-linked-${combo.lang}-${combo.colorScheme}.png` });
    } finally {
      await context.close();
    }
  });
}
