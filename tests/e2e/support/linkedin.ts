import type { BrowserContext } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const PAGES = path.resolve('tests/fixtures/pages');

/** A response for a request to LinkedIn, as the route handlers of both browsers' suites send it. */
export interface FixtureResponse {
  status: number;
  contentType: string;
  body: string;
}

/**
 * The fixture file that answers `url`, or a 404 page. `routes` maps a path regex (matched against the URL's
 * pathname) to a fixture file under tests/fixtures/pages. Shared by the Chromium (Playwright) and the
 * Firefox (puppeteer) suites, so both serve LinkedIn the same way.
 */
export function linkedInResponse(routes: ReadonlyArray<[RegExp, string]>, url: string): FixtureResponse {
  const hit = routes.find(([pattern]) => pattern.test(new URL(url).pathname));
  if (!hit) return { status: 404, contentType: 'text/html', body: '<!doctype html><title>404</title>' };
  return { status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(path.join(PAGES, hit[1]), 'utf8') };
}

/** Serves fixture files for LinkedIn URLs, so the content script runs as on the real site. */
export async function serveLinkedIn(context: BrowserContext, routes: Array<[RegExp, string]>): Promise<void> {
  await context.route(/^https:\/\/[a-z]+\.linkedin\.com\//, (route) =>
    route.fulfill(linkedInResponse(routes, route.request().url())),
  );
}

/** Reads a table of the extension's database from inside its service worker. */
export function readTableScript(table: string) {
  return `new Promise((resolve, reject) => {
    const open = indexedDB.open('tsunagari');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      if (!db.objectStoreNames.contains(${JSON.stringify(table)})) { db.close(); resolve([]); return; }
      const req = db.transaction(${JSON.stringify(table)}).objectStore(${JSON.stringify(table)}).getAll();
      req.onsuccess = () => { db.close(); resolve(req.result); };
      req.onerror = () => reject(req.error);
    };
  })`;
}
