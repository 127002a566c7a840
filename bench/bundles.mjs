// Gzipped sizes of the built extension, shared by `npm run bench` and tests/e2e/bundle-size.spec.ts.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const KB = 1024;

/**
 * What each part of the extension may weigh, gzipped, counting everything it loads at start (a page's
 * scripts, module preloads and style sheets; a script's one file).
 * - LinkedIn content script: the always-on budget (docs/ARCHITECTURE.md, "Capture pipeline"). It runs on every LinkedIn page the user opens, so it stays a
 *   thin messenger; the capture engine is injected only when asked.
 * - popup: React 19 + react-dom (~60 KB) and Dexie 4 (~30 KB) are its floor, zod and the shared UI ~60 KB more;
 *   it opens on every toolbar click, so anything only the dashboard needs must stay out of it.
 * - dashboard: the popup's floor plus the people list, insights, settings and the importers (papaparse, vCard,
 *   fflate). It opens in a tab, rarely, so it may weigh more: 250 KB gzipped is about 800 KB of script, some
 *   100 ms to parse and compile on a slow laptop. Loading the importers only when Settings asks for them
 *   would be the first way back under it.
 * - background: Dexie, zod, the messaging guard and reminders, no React; it restarts on each event, so its
 *   parse time is part of every cold start. Since sync (issue 18) it also carries the CardDAV client (tsdav and its
 *   XML parser) and the sync engine, which run on the worker's alarm: 100 → 135 KB. A service worker cannot load
 *   a module later (no import() there), so the way back down is a smaller DAV client, not lazy loading.
 * - dashboard, since sync and the importers' new readers (ical.js, the Outlook and charset readers): 250 → 290 KB.
 *   The way back: load Settings → Sync and the importers only when their screens open (React.lazy).
 * - capture-page: injected into any page the user asks to capture; no React, no Dexie (the worker writes).
 */
export const BUNDLE_BUDGETS = [
  { id: 'content-linkedin', label: 'LinkedIn content script', kind: 'content-scripts', budget: 8 * KB },
  { id: 'popup', label: 'popup', kind: 'page', file: 'popup.html', budget: 175 * KB },
  { id: 'dashboard', label: 'dashboard', kind: 'page', file: 'dashboard.html', budget: 290 * KB },
  { id: 'background', label: 'background worker', kind: 'script', file: 'background.js', budget: 135 * KB },
  {
    id: 'capture-page',
    label: 'capture-page (injected on demand)',
    kind: 'script',
    file: 'capture-page.js',
    budget: 40 * KB,
  },
];

export function gzipSize(file) {
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/** Every .js and .css file of the build, with raw and gzipped size. */
export function everyBundle(dir) {
  const out = [];
  const walk = (sub) => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      const full = path.join(dir, rel);
      if (statSync(full).isDirectory()) walk(rel);
      else if (/\.(js|css)$/.test(name)) out.push({ file: rel, raw: statSync(full).size, gzip: gzipSize(full) });
    }
  };
  walk('');
  return out.sort((a, b) => a.file.localeCompare(b.file));
}

/** The scripts and style sheets an HTML page loads at start, as Vite writes them (src and href). */
export function pageFiles(dir, htmlFile) {
  const html = readFileSync(path.join(dir, htmlFile), 'utf8');
  const refs = [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => m[1]);
  return [...new Set(refs)];
}

/** The files the manifest injects on LinkedIn pages without being asked. */
export function contentScriptFiles(dir) {
  const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
  const files = [];
  for (const script of manifest.content_scripts ?? []) {
    if (!(script.matches ?? []).some((m) => m.includes('linkedin.com'))) continue;
    files.push(...(script.js ?? []), ...(script.css ?? []));
  }
  return [...new Set(files)];
}

/**
 * Each budgeted part: the files it loads and their gzipped total. `files` is empty (and `present` false)
 * when the build has no such part yet.
 */
export function measureBudgets(dir) {
  return BUNDLE_BUDGETS.map((entry) => {
    const present = entry.kind !== 'content-scripts' && existsSync(path.join(dir, entry.file));
    const files =
      entry.kind === 'content-scripts'
        ? contentScriptFiles(dir)
        : !present
          ? []
          : entry.kind === 'page'
            ? [entry.file, ...pageFiles(dir, entry.file)]
            : [entry.file];
    const gzip = files.reduce((sum, f) => sum + gzipSize(path.join(dir, f)), 0);
    return { ...entry, files, present: files.length > 0, gzip, pass: files.length > 0 && gzip <= entry.budget };
  });
}
