import type { TsunagariDB } from './database';
import type { Contact } from '../model/contact';

/**
 * How far the overdue count goes. The badge shows "99+" above 99, and nobody plans a week around the
 * 4,000th overdue name — while an IndexedDB count walks every matching key, so an uncapped count grows
 * with the backlog (measured: 211 ms at 12,000 overdue, 2 ms capped; bench/results.json).
 */
export const OVERDUE_CAP = 100;

/** People due now, up to OVERDUE_CAP: a bounded read of the `dueAt` index (archived and untracked people have none). */
export async function countOverdue(db: TsunagariDB, now = Date.now(), cap = OVERDUE_CAP): Promise<number> {
  return (await db.contacts.where('dueAt').belowOrEqual(now).limit(cap).primaryKeys()).length;
}

/** "99+" once the count reaches the cap, the number otherwise. */
export function formatOverdue(count: number, cap = OVERDUE_CAP): string {
  return count >= cap ? `${cap - 1}+` : String(count);
}

/** Whether anyone is saved at all: one key read, whatever the size of the network. */
export async function hasAnyone(db: TsunagariDB): Promise<boolean> {
  return (await db.contacts.limit(1).primaryKeys()).length > 0;
}

/** Who is due by `until`, most overdue first. */
export function listDueBy(db: TsunagariDB, until: number, limit = 50): Promise<Contact[]> {
  return db.contacts.where('dueAt').belowOrEqual(until).limit(limit).toArray();
}
