import type { TsunagariDB } from './database';
import {
  isUnsorted,
  notNowUntil,
  SORT_CADENCES,
  sortQueueOrder,
  type SortDecision,
  type SortEntry,
} from '../cadence/sort-order';
import { archive, updateContact } from './contacts';

export interface SortQueue {
  /** Everyone saved. */
  total: number;
  /** Who still waits to be sorted, in the order to show them. */
  ids: string[];
}

/**
 * The "Who matters now?" queue, read from the stored fields each time the page opens, so leaving and coming back
 * resumes where the user stopped. One pass over the people (no index says "untracked"); the page loads it once
 * and then works from the list of ids, a few people at a time.
 */
export async function loadSortQueue(db: TsunagariDB, now = Date.now()): Promise<SortQueue> {
  const [withNotes, total] = await Promise.all([db.notes.orderBy('contactId').uniqueKeys(), db.contacts.count()]);
  const noted = new Set(withNotes.map(String));
  const entries: SortEntry[] = [];
  await db.contacts.each((c) => {
    if (isUnsorted(c, now))
      entries.push({ id: c.id, hasNote: noted.has(c.id), connectedAt: c.met.date ?? c.createdAt });
  });
  return { total, ids: sortQueueOrder(entries) };
}

/** One tap of the sorting flow, through the write path (utils/db/write-path.ts, via contacts.ts). */
export async function applySortDecision(
  db: TsunagariDB,
  id: string,
  decision: SortDecision,
  now = Date.now(),
): Promise<void> {
  if (decision === 'archive') await archive(db, id, now);
  else if (decision === 'notNow') await updateContact(db, id, { snoozedUntil: notNowUntil(now) }, now);
  // A past "not now" is cleared so it cannot hold back the first due date.
  else await updateContact(db, id, { cadenceDays: SORT_CADENCES[decision], snoozedUntil: null }, now);
}

/** "Keep in touch" on a suggested dormant tie: tracked from now on, at the given cadence, through the write path. */
export function startTracking(db: TsunagariDB, id: string, cadenceDays: number, now = Date.now()) {
  return updateContact(db, id, { cadenceDays, snoozedUntil: null }, now);
}
