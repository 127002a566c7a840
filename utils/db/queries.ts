import type { TsunagariDB } from './database';
import type { Contact } from '../model/contact';

/** People due now: an indexed count on `dueAt` (archived and untracked people have no `dueAt`). */
export function countOverdue(db: TsunagariDB, now = Date.now()): Promise<number> {
  return db.contacts.where('dueAt').belowOrEqual(now).count();
}

/** Who is due by `until`, most overdue first. */
export function listDueBy(db: TsunagariDB, until: number, limit = 50): Promise<Contact[]> {
  return db.contacts.where('dueAt').belowOrEqual(until).limit(limit).toArray();
}
