import type { Contact } from '../model/contact';
import { DAY_MS, lastTouchAt } from '../cadence/due';

export const DORMANT_DAYS = 365;

/** People not archived whose last touch is more than a year ago, the longest quiet first. */
export function quietPeople(contacts: readonly Contact[], now: number, days = DORMANT_DAYS): Contact[] {
  const cutoff = now - days * DAY_MS;
  return contacts
    .filter((c) => c.archivedAt === null && lastTouchAt(c) < cutoff)
    .sort((a, b) => lastTouchAt(a) - lastTouchAt(b));
}
