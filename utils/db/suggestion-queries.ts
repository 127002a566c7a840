import type { TsunagariDB } from './database';
import type { Contact } from '../model/contact';
import { dormantCutoff, isDormant } from '../cadence/digest-pick';
import { isUnsorted } from '../cadence/sort-order';
import { pickSuggestion, suggestionStart, suggestionWeek } from '../cadence/suggestion';
import { zoneOffset } from '../cadence/calendar';

/** How many dormant untracked people the weekly draw looks at: enough to find one with a note or a company. */
export const SUGGESTION_POOL = 20;

export interface Suggestion {
  contact: Contact;
  /** The latest note the user wrote about them, if any: the reason to write. */
  note: string;
}

/**
 * This week's dormant tie from the untracked pool (issue 15): not tracked, not archived, not put off with
 * "not now", last touch a year or more ago. A suggestion, not a debt: it is never counted on the badge.
 * Reads at most a pool's worth of people from a week-derived point in the primary key, wrapping around once.
 */
export async function dormantSuggestion(db: TsunagariDB, now: number, timeZone: string): Promise<Suggestion | null> {
  const cutoff = dormantCutoff(now, timeZone);
  const start = suggestionStart(suggestionWeek(now, zoneOffset(now, timeZone)));
  const fits = (c: Contact) => isUnsorted(c, now) && isDormant(c, cutoff);
  let pool = await db.contacts.where('id').aboveOrEqual(start).filter(fits).limit(SUGGESTION_POOL).toArray();
  if (pool.length < SUGGESTION_POOL) {
    const more = await db.contacts
      .where('id')
      .below(start)
      .filter(fits)
      .limit(SUGGESTION_POOL - pool.length)
      .toArray();
    pool = [...pool, ...more];
  }
  if (pool.length === 0) return null;
  const notes = await db.notes
    .where('contactId')
    .anyOf(pool.map((c) => c.id))
    .toArray();
  const chosen = pickSuggestion(pool, new Set(notes.map((n) => n.contactId)));
  if (!chosen) return null;
  const latest = notes.filter((n) => n.contactId === chosen.id).sort((a, b) => b.createdAt - a.createdAt)[0];
  return { contact: chosen, note: latest?.body ?? '' };
}
