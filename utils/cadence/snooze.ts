import { addLocalDays, addLocalMonths, fromLocal, parseLocalDate, type LocalDate } from './calendar';

export const SNOOZE_PRESETS = ['week', 'month'] as const;
export type SnoozePreset = (typeof SNOOZE_PRESETS)[number];

/**
 * When a snooze preset ends: a calendar week or month after max(now, dueAt), at the same local time, so "a week"
 * is Monday 09:00 → next Monday 09:00 even when the clocks change in between.
 *
 * Counting from the due date, not from now: snoozing someone due in ten days "a week" from now would end before
 * they are due and change nothing the user can see. A snooze always pushes the reminder later; snoozing an overdue
 * (or untracked, `dueAt` null) person counts from now.
 */
export function snoozePresetUntil(preset: SnoozePreset, now: number, timeZone: string, dueAt: number | null): number {
  const from = dueAt !== null && dueAt > now ? dueAt : now;
  return preset === 'week' ? addLocalDays(from, 7, timeZone) : addLocalMonths(from, 1, timeZone);
}

/**
 * A snooze to a chosen date ends when that local day begins, so the person is due all of that day.
 * Accepts the `<input type="date">` value; null for a malformed date or a day that has already begun
 * (snoozing into the past would do nothing the user could see).
 */
export function snoozeUntilDate(value: string | LocalDate, now: number, timeZone: string): number | null {
  const date = typeof value === 'string' ? parseLocalDate(value) : value;
  if (!date) return null;
  const until = fromLocal({ ...date, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
  return until > now ? until : null;
}
