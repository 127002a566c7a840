import type { ElementHandle, Page } from 'puppeteer-core';
import { vi } from 'vitest';
import { readTableScript } from '../../e2e/support/linkedin';

/**
 * Browser-neutral page helpers for the journeys: plain puppeteer on the pages an ExtensionBrowser hands out.
 * Waiting is always for a condition (vi.waitFor polls), never a fixed sleep.
 */

const WAIT = { timeout: 20_000, interval: 50 };

/** Every row of a table of the extension's database, read from one of its pages. */
export async function readTable<T>(page: Page, table: string): Promise<T[]> {
  return (await page.evaluate(readTableScript(table))) as T[];
}

/** The toolbar badge as the extension set it, read from one of its pages. */
export function badgeText(page: Page): Promise<string> {
  return page.evaluate(() => chrome.action.getBadgeText({}));
}

/** The id of the tab showing `url`, asked from one of the extension's pages. */
export async function tabIdOf(page: Page, url: string): Promise<number> {
  const id = await page.evaluate(
    async (target) => (await chrome.tabs.query({})).find((t) => t.url === target)?.id,
    url,
  );
  if (id === undefined) throw new Error(`No tab at ${url}.`);
  return id;
}

/**
 * The id of the tab opened just before `page` (an extension page). For when the tab's address is hidden from
 * the extension: without host access it may not read a LinkedIn tab's URL.
 */
export async function tabIdBefore(page: Page): Promise<number> {
  const id = await page.evaluate(async () => {
    const self = await chrome.tabs.getCurrent();
    return (await chrome.tabs.query({ windowId: self?.windowId })).find((t) => t.index === (self?.index ?? 0) - 1)?.id;
  });
  if (id === undefined) throw new Error('No tab before this one.');
  return id;
}

/**
 * Writes rows into a table of the extension's database from one of its pages, after the page has opened
 * the database once (so its schema exists). Nobody is told: the product's own next event recounts.
 */
export async function putRows(page: Page, table: string, rows: readonly object[]): Promise<void> {
  await vi.waitFor(
    () =>
      page.evaluate(
        (table, rows) =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('tsunagari');
            open.onerror = () => reject(open.error);
            open.onsuccess = () => {
              const db = open.result;
              if (!db.objectStoreNames.contains(table)) {
                db.close();
                reject(new Error(`No ${table} table yet.`));
                return;
              }
              const tx = db.transaction(table, 'readwrite');
              for (const row of rows) tx.objectStore(table).put(row);
              tx.oncomplete = () => {
                db.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        table,
        rows as object[],
      ),
    WAIT,
  );
}

type Name = string | RegExp;

function matches(name: Name, text: string): boolean {
  return typeof name === 'string' ? text === name : name.test(text);
}

/**
 * The element with `selector` whose accessible name (aria-label, else its text; for a field, its label) is
 * `name`, once it exists and is enabled.
 */
export async function byName<E extends Element = HTMLElement>(
  page: Page,
  selector: string,
  name: Name,
): Promise<ElementHandle<E>> {
  return vi.waitFor(async () => {
    const candidates = await page.$$(selector);
    for (const candidate of candidates) {
      const [label, disabled] = await candidate.evaluate((el) => {
        const labelled = (el as HTMLInputElement).labels?.[0]?.textContent;
        const text = el.getAttribute('aria-label') ?? labelled ?? el.textContent ?? '';
        return [text.trim().replace(/\s+/g, ' '), (el as HTMLButtonElement).disabled === true] as const;
      });
      if (!disabled && matches(name, label)) return candidate as unknown as ElementHandle<E>;
    }
    throw new Error(`No enabled ${selector} named ${String(name)} on ${page.url()}.`);
  }, WAIT);
}

/** A real (trusted) click on the enabled button named `name`. */
export async function clickButton(page: Page, name: Name): Promise<void> {
  const button = await byName(page, 'button', name);
  await button.click();
}

/** Types into the field labelled `label`, as a user does. */
export async function typeInto(page: Page, label: Name, text: string, selector = 'input, textarea'): Promise<void> {
  const field = await byName(page, selector, label);
  await field.click();
  await field.type(text);
}

/** Waits until the page's visible text contains `text`, and returns that text. */
export async function waitForText(page: Page, text: Name): Promise<string> {
  return vi.waitFor(async () => {
    const body = await page.evaluate(() => document.body?.innerText ?? '');
    if (!(typeof text === 'string' ? body.includes(text) : text.test(body))) {
      throw new Error(`The page at ${page.url()} does not show ${String(text)}.`);
    }
    return body;
  }, WAIT);
}
