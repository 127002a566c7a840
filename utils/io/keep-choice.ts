import { addLocalMonths } from '../cadence/calendar';
import type { CadencePolicy } from './merge';
import type { ImportRecord } from './types';

/**
 * Who an import starts keeping in touch with (issue 15). A big network imported as "tracked" turns into a guilt
 * counter on day one, so the default is nobody: imported people join untracked (`cadenceDays: null`, never due,
 * never on the badge) and are sorted later in "Who matters now?".
 */
export type KeepChoice =
  { who: 'nobody' } | { who: 'recent'; months: number; cadenceDays: number } | { who: 'everyone'; cadenceDays: number };

export const DEFAULT_KEEP_CHOICE: KeepChoice = { who: 'nobody' };

/** The "last N months" the import offers; a quarter is the default. */
export const RECENT_MONTHS = [1, 3, 6, 12] as const;

/**
 * The cadence policy an import runs with. "Nobody" drops the per-tag cadences too: a tag in a file must not make
 * someone tracked the user did not choose. "Recent" tracks only people whose connection date is on or after the
 * cutoff; people with no date are left untracked (nothing says the tie is recent).
 */
export function cadencePolicyFor(
  choice: KeepChoice,
  tagCadences: Readonly<Record<string, number>>,
  now: number,
  timeZone: string,
): CadencePolicy {
  if (choice.who === 'nobody') return { defaultCadenceDays: null, tagCadences: {} };
  if (choice.who === 'everyone') return { defaultCadenceDays: choice.cadenceDays, tagCadences };
  return {
    defaultCadenceDays: choice.cadenceDays,
    tagCadences,
    metSince: addLocalMonths(now, -choice.months, timeZone),
  };
}

/** How many of the file's people a choice would start tracking (shown next to the choice before importing). */
export function countTracked(records: readonly Pick<ImportRecord, 'metDate'>[], policy: CadencePolicy): number {
  if (policy.defaultCadenceDays === null) return 0;
  const since = policy.metSince;
  if (since === undefined) return records.length;
  return records.filter((r) => r.metDate !== null && r.metDate >= since).length;
}
