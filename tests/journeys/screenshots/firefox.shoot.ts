import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterEach, test } from 'vitest';
import { demoRows, settingsFor } from '../../../scripts/screenshots/demo-data.mjs';
import { launch, type ExtensionBrowser } from '../support/launch';
import { putRows, tabIdOf, waitForText } from '../support/pages';

/**
 * The popup and the dashboard in Firefox ESR, English and Japanese, light and dark, with the same invented demo
 * people as the Chromium store screenshots (scripts/screenshots.mjs). Output: docs/screenshots/firefox-*.png.
 */

const OUT_DIR = path.resolve('docs/screenshots');
const PROFILE = 'https://www.linkedin.com/in/aiko-demo-tanaka/';
const LANGS = ['en', 'ja'] as const;
const THEMES = ['light', 'dark'] as const;
const LOADED: Record<(typeof LANGS)[number], string> = { en: 'Aiko Tanaka', ja: 'Aiko Tanaka' };

let ext: ExtensionBrowser | undefined;
afterEach(async () => {
  await ext?.close();
  ext = undefined;
});

async function seed(page: Page, lang: (typeof LANGS)[number], theme: (typeof THEMES)[number]): Promise<void> {
  const rows = demoRows(lang);
  for (const [table, tableRows] of Object.entries(rows)) await putRows(page, table, tableRows);
  const settings = settingsFor(lang, theme);
  // WXT's versioned item keeps its version beside the value.
  await page.evaluate((value) => chrome.storage.local.set({ settings: value, settings$: { v: 1 } }), settings);
}

async function shoot(page: Page, file: string, width: number, height: number): Promise<void> {
  await page.setViewport({ width, height });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(OUT_DIR, file) as `${string}.png` });
  console.log(`✔ docs/screenshots/${file}`);
}

for (const lang of LANGS) {
  for (const theme of THEMES) {
    test(`Firefox screenshots, ${lang}, ${theme}`, async () => {
      mkdirSync(OUT_DIR, { recursive: true });
      ext = await launch({ linkedIn: [[/^\/in\/aiko-demo-tanaka\/?$/, 'linkedin-demo.html']] });
      const first = await ext.openExtensionPage('dashboard.html');
      await seed(first, lang, theme);
      await first.close();

      const profile = await ext.openWebPage(PROFILE);
      await (await ext.inPageButton(profile, /Tsunagari|つながり/)).click();
      await ext.inPageButton(profile, /^(Saved|保存済み)/);

      const dashboard = await ext.openExtensionPage('dashboard.html#/');
      await waitForText(dashboard, LOADED[lang]);
      await shoot(dashboard, `firefox-dashboard-${lang}-${theme}.png`, 1280, 800);

      const tabId = await tabIdOf(dashboard, PROFILE);
      const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
      await popup.setViewport({ width: 380, height: 600 });
      await waitForText(popup, LOADED[lang]);
      const height = await popup.evaluate(() =>
        Math.min(600, Math.max(200, Math.ceil(document.getElementById('root')?.getBoundingClientRect().bottom ?? 600))),
      );
      await shoot(popup, `firefox-popup-${lang}-${theme}.png`, 380, height);
    });
  }
}
