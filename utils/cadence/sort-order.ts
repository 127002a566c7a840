import type { Contact } from '../model/contact';
import { DAY_MS } from './due';

/** The three cadences "Who matters now?" offers, one key each. */
export const SORT_CADENCES = { month: 30, quarter: 90, year: 365 } as const;
export type SortCadence = keyof typeof SORT_CADENCES;
export type SortDecision = SortCadence | 'notNow' | 'archive';

/** "Not now" asks again after about half a year: the tie may matter later, and the queue should say so. */
export const NOT_NOW_DAYS = 182;

/**
 * Whether someone still waits to be sorted. Derived from fields that already exist, so no schema version is
 * needed (docs/ARCHITECTURE.md, "Keeping in touch"): tracked (`cadenceDays`) or archived (`archivedAt`) people
 * are sorted; "not now" is a `snoozedUntil` on an untracked person — a field that otherwise means nothing for
 * them, since an untracked person is never due — and they come back to the queue when it passes.
 */
export function isUnsorted(
  contact: Pick<Contact, 'cadenceDays' | 'archivedAt' | 'snoozedUntil'>,
  now: number,
): boolean {
  return (
    contact.cadenceDays === null &&
    contact.archivedAt === null &&
    (contact.snoozedUntil === null || contact.snoozedUntil <= now)
  );
}

export interface SortEntry {
  id: string;
  /** The user wrote something about them: the strongest sign the tie matters. */
  hasNote: boolean;
  /** When they connected (met date), else when they were saved. */
  connectedAt: number;
}

/** People with notes first, then the most recent connections first; the id settles ties so the order is stable. */
export function sortQueueOrder(entries: readonly SortEntry[]): string[] {
  return [...entries]
    .sort(
      (a, b) =>
        Number(b.hasNote) - Number(a.hasNote) ||
        b.connectedAt - a.connectedAt ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    )
    .map((e) => e.id);
}

/** When "not now" ends for a decision taken at `now`. */
export function notNowUntil(now: number): number {
  return now + NOT_NOW_DAYS * DAY_MS;
}
