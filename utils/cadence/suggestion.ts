import type { Contact } from '../model/contact';
import { DAY_MS } from './due';

/**
 * The week number a suggestion is drawn for: whole weeks since 1970 counted from Monday 00:00 in the user's zone
 * (shifted by the zone's offset at `now`), so the digest and the popup draw the same person all week.
 */
export function suggestionWeek(now: number, zoneOffsetMs: number): number {
  // 1970-01-01 was a Thursday: +3 days puts week boundaries on Mondays.
  return Math.floor((now + zoneOffsetMs + 3 * DAY_MS) / (7 * DAY_MS));
}

/**
 * Where in the id space this week's draw starts: ids are random UUIDs, so starting the scan at a point derived
 * from the week gives a different, stable person each week without reading the whole network.
 */
export function suggestionStart(week: number): string {
  // A multiplicative hash spreads consecutive weeks across the id space.
  const h = Math.imul(week ^ 0x5bd1e995, 0x9e3779b1) >>> 0;
  return h.toString(16).padStart(8, '0');
}

export type SuggestionCandidate = Pick<Contact, 'id' | 'company'>;

/**
 * Among dormant untracked people found from this week's start point, the one with the best hook: someone the
 * user wrote a note about, else someone whose company is known (something to say), else the first.
 */
export function pickSuggestion<C extends SuggestionCandidate>(
  candidates: readonly C[],
  noted: ReadonlySet<string>,
): C | null {
  return (
    candidates.find((c) => noted.has(c.id)) ?? candidates.find((c) => c.company.trim() !== '') ?? candidates[0] ?? null
  );
}
