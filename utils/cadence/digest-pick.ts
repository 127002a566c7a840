import type { Contact } from '../model/contact';
import { addLocalMonths } from './calendar';
import { lastTouchAt } from './due';

/** A digest names two or three people: enough to act on in one sitting, few enough to actually do. */
export const DIGEST_SIZE = 3;

/** Beyond the most urgent few, variety must not pull in someone barely due over someone long overdue. */
export const VARIETY_POOL = 12;

export type DigestCandidate = Pick<
  Contact,
  | 'id'
  | 'name'
  | 'company'
  | 'met'
  | 'dueAt'
  | 'cadenceDays'
  | 'lastInteractionAt'
  | 'createdAt'
  | 'snoozedUntil'
  | 'archivedAt'
>;

/** A tie is dormant when the last touch is a calendar year or more ago, in the user's zone. */
export function dormantCutoff(now: number, timeZone: string): number {
  return addLocalMonths(now, -12, timeZone);
}

export function isDormant(contact: Pick<Contact, 'lastInteractionAt' | 'met' | 'createdAt'>, cutoff: number): boolean {
  return lastTouchAt(contact) <= cutoff;
}

/**
 * Who may appear at all: tracked, not archived, not snoozed, and either due or dormant.
 * A dormant tie on a long cadence is not due yet but is exactly what the weekly habit is for.
 */
function eligible(contact: DigestCandidate, now: number, cutoff: number): boolean {
  if (contact.archivedAt !== null || contact.cadenceDays === null || contact.dueAt === null) return false;
  if (contact.snoozedUntil !== null && contact.snoozedUntil > now) return false;
  return contact.dueAt <= now || isDormant(contact, cutoff);
}

/** Most overdue first; the id settles ties so the same data always gives the same digest. */
function byUrgency(a: DigestCandidate, b: DigestCandidate): number {
  return (a.dueAt ?? Infinity) - (b.dueAt ?? Infinity) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function companyKey(contact: DigestCandidate): string {
  return contact.company.normalize('NFKC').trim().toLocaleLowerCase();
}

/** One point each for a company and a way of meeting not yet in the digest; unknown never counts as a repeat. */
function varietyScore(contact: DigestCandidate, picked: readonly DigestCandidate[]): number {
  const company = companyKey(contact);
  const context = contact.met.context;
  const newCompany = company === '' || !picked.some((p) => companyKey(p) === company);
  const newContext = context === null || !picked.some((p) => p.met.context === context);
  return Number(newCompany) + Number(newContext);
}

/** The first of `pool` with the highest variety score; the pool is in urgency order, so ties go to urgency. */
function mostVaried<C extends DigestCandidate>(pool: readonly C[], picked: readonly C[]): C | undefined {
  let best: C | undefined;
  let bestScore = -1;
  for (const contact of pool) {
    const score = varietyScore(contact, picked);
    if (score > bestScore) {
      best = contact;
      bestScore = score;
    }
  }
  return best;
}

/**
 * The weekly digest: the most overdue person first, then at least one dormant tie when there is one,
 * then whoever adds the most variety of company and context among the most urgent. Deterministic.
 * Duplicates (one person from two queries) are merged.
 */
export function pickDigest<C extends DigestCandidate>(
  candidates: readonly C[],
  now: number,
  timeZone: string,
  size = DIGEST_SIZE,
): C[] {
  const cutoff = dormantCutoff(now, timeZone);
  const unique = new Map<string, C>();
  for (const contact of candidates) if (eligible(contact, now, cutoff)) unique.set(contact.id, contact);
  const remaining = [...unique.values()].sort(byUrgency);
  const picked: C[] = [];
  const take = (contact: C | undefined) => {
    if (!contact) return;
    picked.push(contact);
    remaining.splice(remaining.indexOf(contact), 1);
  };

  take(remaining[0]);
  if (picked.length < size && !picked.some((p) => isDormant(p, cutoff))) {
    take(
      mostVaried(
        remaining.filter((c) => isDormant(c, cutoff)),
        picked,
      ),
    );
  }
  while (picked.length < size && remaining.length > 0) {
    take(mostVaried(remaining.slice(0, VARIETY_POOL), picked));
  }
  return picked;
}
