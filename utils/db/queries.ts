import type { TsunagariDB } from './database';
import type { Contact } from '../model/contact';

import { OVERDUE_CAP } from '../model/overdue-count';

export { OVERDUE_CAP };

/** People due now, up to OVERDUE_CAP: a bounded read of the `dueAt` index (archived and untracked people have none). */
export async function countOverdue(db: TsunagariDB, now = Date.now(), cap = OVERDUE_CAP): Promise<number> {
  return (await db.contacts.where('dueAt').belowOrEqual(now).limit(cap).primaryKeys()).length;
}

/** Whether anyone is saved at all: one key read, whatever the size of the network. */
export async function hasAnyone(db: TsunagariDB): Promise<boolean> {
  return (await db.contacts.limit(1).primaryKeys()).length > 0;
}

/** Who is due by `until`, most overdue first. */
export function listDueBy(db: TsunagariDB, until: number, limit = 50): Promise<Contact[]> {
  return db.contacts.where('dueAt').belowOrEqual(until).limit(limit).toArray();
}
