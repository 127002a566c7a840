import type { Settings } from '../model/settings';
import { addDaysToDate, fromLocal, toLocal, weekdayOf, type LocalDate } from './calendar';

export type DigestSchedule = Settings['digest'];

function slotOn(date: LocalDate, hour: number, timeZone: string): number {
  return fromLocal({ ...date, hour, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/**
 * The first digest time strictly after `after`: the chosen weekday at the chosen hour, local time.
 * Counted on calendar dates, so it stays at 09:00 across a clock change; an hour skipped by the
 * clocks going forward fires just after the gap.
 */
export function nextDigestAt(
  after: number,
  schedule: Pick<DigestSchedule, 'weekday' | 'hour'>,
  timeZone: string,
): number {
  const today = toLocal(after, timeZone);
  // Eight days always reach the weekday again, even when today's slot has already passed.
  for (let offset = 0; offset <= 8; offset++) {
    const date = addDaysToDate(today, offset);
    if (weekdayOf(date) !== schedule.weekday) continue;
    const slot = slotOn(date, schedule.hour, timeZone);
    if (slot > after) return slot;
  }
  throw new Error('unreachable: a weekday recurs within eight days');
}

/** The latest digest time at or before `now`. */
export function previousDigestAt(
  now: number,
  schedule: Pick<DigestSchedule, 'weekday' | 'hour'>,
  timeZone: string,
): number {
  const today = toLocal(now, timeZone);
  for (let offset = 0; offset <= 8; offset++) {
    const date = addDaysToDate(today, -offset);
    if (weekdayOf(date) !== schedule.weekday) continue;
    const slot = slotOn(date, schedule.hour, timeZone);
    if (slot <= now) return slot;
  }
  throw new Error('unreachable: a weekday recurs within eight days');
}

/** What the worker remembers between runs (stored as a versioned item by the background). */
export interface DigestState {
  /** When the digest last ran (shown, or found nobody to name); null before the first run. */
  lastRunAt: number | null;
  /** The schedule that run belonged to ("1@9", or "off"); a changed schedule starts afresh. */
  schedule: string | null;
}

export const INITIAL_DIGEST_STATE: DigestState = { lastRunAt: null, schedule: null };

export function scheduleKey(schedule: DigestSchedule): string {
  return schedule.enabled ? `${schedule.weekday}@${schedule.hour}` : 'off';
}

export interface DigestDecision {
  show: boolean;
  next: DigestState;
}

/**
 * Whether the digest is due now: a digest time has passed since the last run. Called at browser start,
 * on the digest alarm and on every periodic alarm, so a digest missed while the browser was closed shows
 * once at the next start, and the stored `lastRunAt` keeps it from showing twice.
 * A first run, or a schedule just changed or switched on, only starts the clock: a slot that passed
 * before the user chose it was never promised.
 */
export function decideDigest(
  now: number,
  state: DigestState,
  schedule: DigestSchedule,
  timeZone: string,
): DigestDecision {
  const key = scheduleKey(schedule);
  const fresh = { lastRunAt: now, schedule: key };
  if (state.lastRunAt === null || state.schedule !== key) return { show: false, next: fresh };
  if (!schedule.enabled) return { show: false, next: state };
  const slot = previousDigestAt(now, schedule, timeZone);
  if (slot > state.lastRunAt) return { show: true, next: fresh };
  return { show: false, next: state };
}
