import type { Page } from '@playwright/test';

export { contactRow } from './seed';
export { DAY_MS } from '../../../utils/cadence/due';

/**
 * Writes rows of any table into the extension's database from one of its pages. The page must have
 * opened the database once (so the schema exists); the extension's own code then reads them as the user would.
 */
export async function putRows(page: Page, table: string, rows: readonly object[]): Promise<void> {
  await page.evaluate(
    ({ table, rows }) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('tsunagari');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction(table, 'readwrite');
          for (const row of rows) tx.objectStore(table).put(row);
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    { table, rows },
  );
}
