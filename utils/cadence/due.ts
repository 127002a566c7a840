import type { Contact } from '../model/contact';

export const DAY_MS = 86_400_000;

export type DueState = 'none' | 'ok' | 'soon' | 'overdue';

type DueInputs = Pick<
  Contact,
  'cadenceDays' | 'lastInteractionAt' | 'met' | 'createdAt' | 'snoozedUntil' | 'archivedAt'
>;

/** The last time the user was in touch: the last interaction, else when they met, else when saved. */
export function lastTouchAt(contact: Pick<Contact, 'lastInteractionAt' | 'met' | 'createdAt'>): number {
  return contact.lastInteractionAt ?? contact.met.date ?? contact.createdAt;
}

/**
 * dueAt = max(last touch + cadence, snoozedUntil) — docs/ARCHITECTURE.md, "Keeping in touch".
 * Cadences are whole days of elapsed time, so a due date never shifts with the clock (DST) or the zone.
 * Archived or untracked people are never due (null keeps them out of the `dueAt` index).
 */
export function computeDueAt(contact: DueInputs): number | null {
  if (contact.archivedAt !== null || contact.cadenceDays === null) return null;
  const due = lastTouchAt(contact) + contact.cadenceDays * DAY_MS;
  return contact.snoozedUntil !== null ? Math.max(due, contact.snoozedUntil) : due;
}

export function dueState(dueAt: number | null, now: number, soonDays: number): DueState {
  if (dueAt === null) return 'none';
  if (dueAt <= now) return 'overdue';
  if (dueAt - now <= soonDays * DAY_MS) return 'soon';
  return 'ok';
}

/** The cadence a new person gets: the shortest per-tag cadence among their tags, else the default. */
export function resolveCadence(
  tags: readonly string[],
  defaultCadenceDays: number | null,
  tagCadences: Readonly<Record<string, number>>,
): number | null {
  let best: number | null = null;
  for (const tag of tags) {
    // Tags are user strings: `constructor` or `__proto__` must not read Object.prototype (issue 12, item 5).
    const days = Object.hasOwn(tagCadences, tag) ? tagCadences[tag] : undefined;
    if (typeof days === 'number' && (best === null || days < best)) best = days;
  }
  return best ?? defaultCadenceDays;
}
