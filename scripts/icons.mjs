// Renders assets/icon.svg to every PNG size the stores and browsers ask for (public/icon/<size>.png).
// Chromium does the rasterizing because it is the one SVG renderer every developer of this project has
// (Playwright drives it for the tests); the PNGs are committed, so a build never needs this script.
//
//   node scripts/icons.mjs            writes public/icon/{16,32,48,96,128}.png
//   CHROMIUM_PATH=… node scripts/icons.mjs   uses another Chromium binary
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = path.join(ROOT, 'assets/icon.svg');
const OUT_DIR = path.join(ROOT, 'public/icon');
// 16/32: toolbar at 1× and 2×; 48: extensions page; 96: Firefox add-ons manager at 2×; 128: Chrome Web Store.
export const ICON_SIZES = [16, 32, 48, 96, 128];
// Chrome's image guidelines: the 128 px icon is 96 px of artwork inside 16 px of transparent padding
// (https://developer.chrome.com/docs/webstore/images#icons). Smaller sizes use the whole square to stay legible.
const PADDING = { 128: 16 };

const svg = readFileSync(SOURCE, 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
});
try {
  mkdirSync(OUT_DIR, { recursive: true });
  for (const size of ICON_SIZES) {
    // deviceScaleFactor 1 so that one CSS pixel is one PNG pixel; the SVG scales itself to the viewport.
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    const pad = PADDING[size] ?? 0;
    const art = size - pad * 2;
    await page.setContent(
      `<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block;margin:${pad}px;width:${art}px;height:${art}px}</style></head><body>${svg}</body></html>`,
    );
    const png = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    writeFileSync(path.join(OUT_DIR, `${size}.png`), png);
    await page.close();
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
