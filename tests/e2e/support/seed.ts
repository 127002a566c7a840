import type { Worker } from '@playwright/test';
import type { Contact } from '../../../utils/model/contact';
import { DAY_MS } from '../../../utils/cadence/due';
import { newContact } from '../../../utils/db/contacts';

/**
 * A full `contacts` row (utils/model/contact.ts) for an invented person, `dueAt` derived as the
 * repositories derive it. Untouched fields get a saved-today person with a 30-day cadence.
 */
export function contactRow(fields: Partial<Contact> & { name: string }, now = Date.now()): Contact {
  return newContact({ cadenceDays: 30, updatedAt: now, ...fields }, fields.createdAt ?? now);
}

/** Someone on a 30-day cadence whose last talk was `daysAgo` days ago (overdue when > 30). */
export function talkedDaysAgo(name: string, daysAgo: number, fields: Partial<Contact> = {}, now = Date.now()): Contact {
  return contactRow({ name, lastInteractionAt: now - daysAgo * DAY_MS, ...fields }, now);
}

/**
 * Writes rows straight into the extension's IndexedDB from inside its service worker, and tells nobody:
 * the badge only follows when the product's own next event (a worker start, an alarm, a page's
 * `data-changed` message) recounts it. Waits for the worker to have created the database first, so the
 * raw open never creates an empty one that Dexie would then have to upgrade.
 */
export async function seedContacts(worker: Worker, contacts: readonly Contact[]): Promise<void> {
  await worker.evaluate(async (rows) => {
    for (let attempt = 0; ; attempt++) {
      const names = (await indexedDB.databases()).map((d) => d.name);
      if (names.includes('tsunagari')) break;
      if (attempt > 100) throw new Error('The extension never created its database.');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('tsunagari');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error);
    });
    try {
      if (!db.objectStoreNames.contains('contacts')) throw new Error('The database has no contacts table yet.');
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('contacts', 'readwrite');
        for (const row of rows) tx.objectStore('contacts').put(row);
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error);
        tx.onabort = () => reject(tx.error);
      });
    } finally {
      db.close();
    }
  }, contacts as Contact[]);
}
