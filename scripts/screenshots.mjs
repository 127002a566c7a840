// `npm run screenshots`: the store screenshots, 1280×800, in English and Japanese, light and dark, from the
// built extension in real Chromium with demo data of invented people. Nothing reaches the internet: the LinkedIn
// profile is the bundled fixture served by Playwright's routing, and its photo is drawn here.
//
//   node scripts/screenshots.mjs                      every shot, every language and theme
//   node scripts/screenshots.mjs --only=popup,button  some shots
//   node scripts/screenshots.mjs --lang=ja --theme=dark
// Output: docs/screenshots/<shot>-<lang>-<theme>.png. Env: TSUNAGARI_OUT_DIR (build folder), CHROMIUM_PATH.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { demoRows, settingsFor } from './screenshots/demo-data.mjs';
import { connectionsCsv } from '../tests/fixtures/import/connections-generator.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const EXTENSION = path.resolve(
  ROOT,
  process.env.TSUNAGARI_EXTENSION_PATH ?? path.join(process.env.TSUNAGARI_OUT_DIR ?? '.output', 'chrome-mv3'),
);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const OUT_DIR = path.join(ROOT, 'docs/screenshots');
const PROFILE_URL = 'https://www.linkedin.com/in/aiko-demo-tanaka/';
const PROFILE_PAGE = readFileSync(path.join(ROOT, 'tests/fixtures/pages/linkedin-demo.html'), 'utf8');
// Chrome Web Store and AMO both take 1280×800.
const VIEWPORT = { width: 1280, height: 800 };
const POPUP_WIDTH = 380;

const SHOTS = ['button', 'popup', 'dashboard', 'insights', 'welcome', 'import', 'sort', 'digest'];
const LANGS = ['en', 'ja'];
const THEMES = ['light', 'dark'];
const SAVE_BUTTON_NAME = /Tsunagari|つながり/;
const LOADING_TEXT = ['Loading…', '読み込み中…'];

function option(name) {
  const hit = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return hit ? hit.slice(name.length + 3).split(',') : null;
}
const only = option('only') ?? SHOTS;
const langs = option('lang') ?? LANGS;
const themes = option('theme') ?? THEMES;
for (const shot of only)
  if (!SHOTS.includes(shot)) throw new Error(`Unknown shot "${shot}"; known: ${SHOTS.join(', ')}`);

/** The demo profile's photo: an invented face is not needed, initials on a soft colour read as a photo slot. */
function avatarSvg() {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 400 400">
  <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#9cc9b8"/><stop offset="1" stop-color="#5d8fa8"/></linearGradient></defs>
  <rect width="400" height="400" fill="url(#g)"/>
  <circle cx="200" cy="160" r="78" fill="#f4efe6"/><path d="M60 400c10-95 70-150 140-150s130 55 140 150z" fill="#f4efe6"/>
</svg>`;
}

async function launch(lang, theme) {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'tsunagari-shots-'));
  const locale = lang === 'ja' ? 'ja-JP' : 'en-US';
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    locale,
    colorScheme: theme,
    viewport: VIEWPORT,
    deviceScaleFactor: 1,
    args: [
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--hide-scrollbars',
      `--lang=${locale}`,
    ],
  });
  // Routes are matched last-registered first: the fixture and the photo win over the catch-all refusal.
  await context.route(/^https?:\/\/(?!127\.0\.0\.1|localhost)/, (route) => route.abort('internetdisconnected'));
  await context.route(/^https:\/\/media\.licdn\.com\//, (route) =>
    route.fulfill({ status: 200, contentType: 'image/svg+xml', body: avatarSvg() }),
  );
  await context.route(/^https:\/\/www\.linkedin\.com\/in\/aiko-demo-tanaka\/?$/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: PROFILE_PAGE }),
  );
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, userDataDir };
}

/**
 * Writes the demo rows with raw IndexedDB from inside an extension page (the database belongs to the extension's
 * origin). The dashboard is opened first so that Dexie has created the schema; the pages opened afterwards read
 * the rows fresh.
 */
async function seed(context, extensionId, lang, theme) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html`);
  const rows = demoRows(lang);
  await page.evaluate(
    async ({ rows, settings }) => {
      const open = () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.open('tsunagari');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      let db = await open();
      for (let tries = 0; !db.objectStoreNames.contains('contacts'); tries++) {
        // Opened before Dexie created the schema: let it finish and look again.
        db.close();
        if (tries > 50) throw new Error('The tsunagari database has no contacts table.');
        await new Promise((resolve) => setTimeout(resolve, 100));
        db = await open();
      }
      const tables = Object.keys(rows).filter((table) => db.objectStoreNames.contains(table));
      await new Promise((resolve, reject) => {
        const tx = db.transaction(tables, 'readwrite');
        for (const table of tables) {
          const store = tx.objectStore(table);
          store.clear();
          for (const row of rows[table]) store.put(row);
        }
        tx.oncomplete = () => resolve(undefined);
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
      db.close();
      // WXT's versioned item keeps its version beside the value.
      await chrome.storage.local.set({ settings, settings$: { v: 1 } });
    },
    { rows, settings: settingsFor(lang, theme) },
  );
  await page.close();
}

/** Waits until the React page has rendered past its loading state and fonts are in. */
async function settle(page) {
  await page.waitForSelector('#root *', { timeout: 10_000 });
  await page.waitForFunction(
    (loading) => !loading.some((text) => document.body.innerText.includes(text)),
    LOADING_TEXT,
    { timeout: 10_000 },
  );
  await page.evaluate(() => document.fonts.ready);
  // useLiveQuery delivers a second render after the first query resolves.
  await page.waitForTimeout(600);
}

/** The in-page button lives in a closed shadow root: find it through the accessibility tree, as the tests do. */
async function shadowButtonBox(page, name, timeout = 10_000) {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('DOM.enable');
    await session.send('Accessibility.enable');
    const deadline = Date.now() + timeout;
    for (;;) {
      await session.send('DOM.getDocument', { depth: -1, pierce: true });
      const { nodes } = await session.send('Accessibility.getFullAXTree');
      const hit = nodes.find(
        (node) =>
          !node.ignored &&
          node.role?.value === 'button' &&
          typeof node.name?.value === 'string' &&
          name.test(node.name.value),
      );
      if (hit?.backendDOMNodeId) {
        const { model } = await session.send('DOM.getBoxModel', { backendNodeId: hit.backendDOMNodeId });
        const [x1, y1, , , x3, y3] = model.border;
        return { x: x1, y: y1, width: x3 - x1, height: y3 - y1 };
      }
      if (Date.now() > deadline) throw new Error(`No in-page button named ${name} appeared on the profile.`);
      await page.waitForTimeout(150);
    }
  } finally {
    await session.detach().catch(() => {});
  }
}

async function openProfile(context) {
  const page = await context.newPage();
  await page.goto(PROFILE_URL);
  await page.evaluate(() => document.fonts.ready);
  const box = await shadowButtonBox(page, SAVE_BUTTON_NAME);
  await page.waitForTimeout(300);
  return { page, box };
}

/** The profile with a soft ring around the in-page button, drawn over the page (not inside the extension's UI). */
async function shootButton({ context }, file) {
  const { page, box } = await openProfile(context);
  await page.evaluate((b) => {
    const ring = document.createElement('div');
    const pad = 8;
    Object.assign(ring.style, {
      position: 'fixed',
      left: `${b.x - pad}px`,
      top: `${b.y - pad}px`,
      width: `${b.width + pad * 2}px`,
      height: `${b.height + pad * 2}px`,
      border: '3px solid #2f6f5e',
      borderRadius: '14px',
      boxShadow: '0 0 0 6px rgb(47 111 94 / 18%)',
      pointerEvents: 'none',
      zIndex: '2147483647',
    });
    document.body.append(ring);
  }, box);
  await page.screenshot({ path: file });
  await page.close();
}

/** The popup as it opens over the profile: rendered for that tab, then placed under the toolbar corner. */
async function shootPopup({ context, worker, extensionId }, file) {
  const { page: profile } = await openProfile(context);
  const backdrop = await profile.screenshot();
  const tabId = await worker.evaluate(async (url) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === url)?.id ?? null;
  }, PROFILE_URL);
  if (tabId === null) throw new Error('The profile tab was not found.');
  const popup = await context.newPage();
  await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tab=${tabId}`);
  await settle(popup);
  // The panel's own content height: the document is as tall as the 600 px viewport, the popup is not.
  const height = await popup.evaluate(() => {
    const root = document.getElementById('root');
    return Math.min(600, Math.max(200, Math.ceil(root?.getBoundingClientRect().bottom ?? 600)));
  });
  const panel = await popup.screenshot({ clip: { x: 0, y: 0, width: POPUP_WIDTH, height } });
  await popup.close();

  const compose = await context.newPage();
  await compose.setContent(`<!doctype html><html><body style="margin:0;width:1280px;height:800px;overflow:hidden;position:relative">
    <img src="data:image/png;base64,${backdrop.toString('base64')}" style="position:absolute;inset:0">
    <img src="data:image/png;base64,${panel.toString('base64')}"
      style="position:absolute;top:12px;right:24px;border-radius:10px;box-shadow:0 2px 6px rgb(0 0 0 / 22%),0 12px 40px rgb(0 0 0 / 28%)">
  </body></html>`);
  await compose.evaluate(() => Promise.all([...document.images].map((img) => img.decode())));
  await compose.screenshot({ path: file });
  await compose.close();
  await profile.close();
}

async function shootDashboard({ context, extensionId }, file, hash) {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html${hash}`);
  await settle(page);
  await page.screenshot({ path: file });
  await page.close();
}

/**
 * The first week (issue 15): a small Connections.csv of invented people imported through the Import page with the
 * default choice, so the sorting flow and the digest's dormant tie have untracked people to show. Once per browser.
 */
const imported = new WeakSet();
async function importConnections(env, file) {
  const { context, extensionId } = env;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/dashboard.html#/import`);
  await settle(page);
  const csv = path.join(env.userDataDir, 'Connections.csv');
  writeFileSync(csv, connectionsCsv(40, 11));
  await page.locator('input[type=file]').setInputFiles(csv);
  await page.waitForSelector('.io-keep', { timeout: 30_000 });
  await page.waitForSelector('.io-counts', { timeout: 30_000 });
  await page.evaluate(() => document.fonts.ready);
  if (file) await page.screenshot({ path: file });
  if (!imported.has(env)) {
    await page.locator('.io-actions .btn-primary').click();
    await page.waitForFunction(() => /\d/.test(document.querySelector('.io-status')?.textContent ?? ''), null, {
      timeout: 60_000,
    });
    imported.add(env);
  }
  await page.close();
}

async function shootImport(env, file) {
  await importConnections(env, file);
}

async function shootSort(env, file) {
  if (!imported.has(env)) await importConnections(env, null);
  await shootDashboard(env, file, '#/sort');
}

/** The digest page as the notification opens it: two tracked people who are due, and one dormant tie. */
async function shootDigest(env, file) {
  if (!imported.has(env)) await importConnections(env, null);
  const page = await env.context.newPage();
  await page.goto(`chrome-extension://${env.extensionId}/dashboard.html`);
  const ids = await page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('tsunagari');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const rows = await new Promise((resolve, reject) => {
      const request = db.transaction('contacts').objectStore('contacts').getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    db.close();
    const now = Date.now();
    const due = rows
      .filter((c) => c.dueAt !== null && c.dueAt <= now)
      .sort((a, b) => a.dueAt - b.dueAt)
      .slice(0, 2);
    const tie = rows.find(
      (c) => c.cadenceDays === null && c.company && c.met.date !== null && c.met.date < now - 2 * 365 * 86_400_000,
    );
    return [...due, ...(tie ? [tie] : [])].map((c) => c.id);
  });
  await page.close();
  await shootDashboard(env, file, `#/digest?ids=${ids.join(',')}`);
}

const SHOOT = {
  button: shootButton,
  popup: shootPopup,
  dashboard: (env, file) => shootDashboard(env, file, '#/'),
  insights: (env, file) => shootDashboard(env, file, '#/insights'),
  welcome: (env, file) => shootDashboard(env, file, '#/welcome'),
  import: shootImport,
  sort: shootSort,
  digest: shootDigest,
};

/** Without a Japanese font Chromium draws boxes; say so instead of producing store images nobody should upload. */
function warnWithoutJapaneseFont() {
  if (!langs.includes('ja') || process.platform !== 'linux') return;
  try {
    const fonts = execFileSync('fc-list', [':lang=ja', 'family'], { encoding: 'utf8' }).trim();
    if (!fonts) console.warn('⚠ No Japanese font is installed (fc-list :lang=ja is empty): install fonts-noto-cjk.');
  } catch {
    // No fontconfig tools: nothing to check with.
  }
}

warnWithoutJapaneseFont();
mkdirSync(OUT_DIR, { recursive: true });
const failures = [];
for (const lang of langs) {
  for (const theme of themes) {
    const env = await launch(lang, theme);
    try {
      await seed(env.context, env.extensionId, lang, theme);
      for (const shot of only) {
        const file = path.join(OUT_DIR, `${shot}-${lang}-${theme}.png`);
        try {
          await SHOOT[shot](env, file);
          console.log(`✔ ${path.relative(ROOT, file)}`);
        } catch (error) {
          // One missing screen should not cost the others; the run still fails at the end.
          failures.push(`${shot}-${lang}-${theme}: ${error instanceof Error ? error.message : String(error)}`);
          console.error(`✘ ${shot}-${lang}-${theme}: ${error instanceof Error ? error.message : String(error)}`);
        }
      }
    } finally {
      await env.context.close();
      rmSync(env.userDataDir, { recursive: true, force: true });
    }
  }
}
writeFileSync(
  path.join(OUT_DIR, 'README.md'),
  '# Store screenshots\n\nMade by `npm run screenshots` (scripts/screenshots.mjs) from the built extension, with demo data of\ninvented people. 1280×800: `<shot>-<lang>-<theme>.png`. Do not edit by hand; run the script again.\n',
);
if (failures.length > 0) {
  console.error(`\n${failures.length} screenshot(s) failed:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
