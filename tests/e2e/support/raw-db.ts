import type { Page } from '@playwright/test';

const DAY = 86_400_000;

/** A full `contacts` row as the data contract defines it, for seeding tests through raw IndexedDB. */
export function contactRow(over: Record<string, unknown> & { id: string; name: string }): Record<string, unknown> {
  const now = Date.now();
  const row: Record<string, unknown> = {
    headline: '',
    company: '',
    title: '',
    location: '',
    avatarUrl: '',
    about: '',
    profiles: [],
    profileKeys: [],
    emails: [],
    phones: [],
    websites: [],
    tags: [],
    met: { context: null, place: '', date: null, introducedBy: '' },
    topics: [],
    cadenceDays: 30,
    lastInteractionAt: null,
    snoozedUntil: null,
    dueAt: null,
    jobChange: null,
    fieldSeenAt: {},
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
    ...over,
  };
  const cadence = row.cadenceDays as number | null;
  const touch = (row.lastInteractionAt as number | null) ?? (row.createdAt as number);
  if (!('dueAt' in over)) row.dueAt = cadence === null || row.archivedAt !== null ? null : touch + cadence * DAY;
  return row;
}

/**
 * Writes rows into the extension's database from one of its pages. The page must have opened the
 * database once (so the schema exists); the extension's own code reads them back as the user would.
 */
export async function putRows(page: Page, table: string, rows: Record<string, unknown>[]): Promise<void> {
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

export const DAY_MS = DAY;
