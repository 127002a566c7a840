import type { TsunagariDB } from './database';
import type { Contact } from '../model/contact';
import { dormantCutoff, isDormant } from '../cadence/digest-pick';
import { listDueBy } from './queries';

/** How many of the most overdue people the digest chooses among. */
export const DIGEST_OVERDUE_POOL = 50;
/** How many dormant ties each dormant query brings; one is enough to name, a few give variety. */
export const DIGEST_DORMANT_POOL = 20;

function remindable(contact: Contact, now: number): boolean {
  return (
    contact.archivedAt === null &&
    contact.cadenceDays !== null &&
    (contact.snoozedUntil === null || contact.snoozedUntil <= now)
  );
}

/**
 * The people the weekly digest chooses among, from indexes only: the most overdue (`dueAt`), and dormant
 * ties — last talk a year ago or more (`lastInteractionAt`), or never talked to and saved a year ago or
 * more (`createdAt`, checked against the met date too). Someone never talked to, saved recently with an old
 * met date and a cadence over a year is not found; with any cadence up to a year they are overdue and in
 * the first list. Duplicates are left for `pickDigest`, which merges them.
 */
export async function digestCandidates(db: TsunagariDB, now: number, timeZone: string): Promise<Contact[]> {
  const cutoff = dormantCutoff(now, timeZone);
  const [overdue, talkedLongAgo, neverTalked] = await Promise.all([
    listDueBy(db, now, DIGEST_OVERDUE_POOL),
    db.contacts
      .where('lastInteractionAt')
      .belowOrEqual(cutoff)
      .filter((c) => remindable(c, now))
      .limit(DIGEST_DORMANT_POOL)
      .toArray(),
    db.contacts
      .where('createdAt')
      .belowOrEqual(cutoff)
      .filter((c) => c.lastInteractionAt === null && remindable(c, now) && isDormant(c, cutoff))
      .limit(DIGEST_DORMANT_POOL)
      .toArray(),
  ]);
  return [...overdue, ...talkedLongAgo, ...neverTalked];
}

/** The named people, in the order given, skipping any deleted since the digest was shown. */
export async function contactsByIds(db: TsunagariDB, ids: readonly string[]): Promise<Contact[]> {
  const rows = await db.contacts.bulkGet([...ids]);
  return rows.filter((row): row is Contact => row !== undefined);
}
