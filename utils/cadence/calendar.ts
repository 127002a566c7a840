/**
 * Calendar arithmetic in an explicit IANA time zone, with `Intl` only.
 * Elapsed-time maths (`+ n * DAY_MS`) is wrong for people: across a daylight-saving change a "day" is 23 or
 * 25 hours, so "in a week" and "2 days overdue" are counted here on local calendar dates instead.
 * Every function takes the zone, so tests pin it and the worker passes the browser's own.
 */

export interface LocalDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** The zone the browser runs in; the worker and the pages use it unless told otherwise. */
export function localTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // `hourCycle: 'h23'` avoids the "24:00" some engines print for midnight with `hour12: false`.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading in `timeZone` at instant `t`. */
export function toLocal(t: number, timeZone: string): LocalDateTime {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(t)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? 1970,
    month: parts.month ?? 1,
    day: parts.day ?? 1,
    hour: parts.hour ?? 0,
    minute: parts.minute ?? 0,
    second: parts.second ?? 0,
    millisecond: ((t % 1000) + 1000) % 1000,
  };
}

function wallAsUtc(wall: LocalDateTime): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
}

/** Offset of the zone from UTC at instant `t`, in milliseconds (Tokyo: +9 h). */
export function zoneOffset(t: number, timeZone: string): number {
  return wallAsUtc(toLocal(t, timeZone)) - t;
}

/**
 * The instant a wall-clock time happens in `timeZone`.
 * A time that happens twice (clocks go back) gives the first; a time skipped by clocks going forward
 * gives the instant just as far past the gap (02:30 on a spring-forward night → 03:30), like Temporal's
 * "compatible" rule, so a 02:00 digest still fires that night.
 */
export function fromLocal(wall: LocalDateTime, timeZone: string): number {
  const asUtc = wallAsUtc(wall);
  // Zone transitions are months apart, so the offsets a day either side cover every candidate.
  const before = zoneOffset(asUtc - 86_400_000, timeZone);
  const after = zoneOffset(asUtc + 86_400_000, timeZone);
  const candidates = [asUtc - before, asUtc - after]
    .filter((t) => wallAsUtc(toLocal(t, timeZone)) === asUtc)
    .sort((a, b) => a - b);
  return candidates[0] ?? asUtc - before;
}

/** Days since 1970-01-01 of a calendar date: a plain day count with no clock in it. */
export function dayNumber(date: LocalDate): number {
  return Math.floor(Date.UTC(date.year, date.month - 1, date.day) / 86_400_000);
}

function fromDayNumber(days: number): LocalDate {
  const d = new Date(days * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** 0 = Sunday … 6 = Saturday, as `Date#getDay` and the digest setting count. */
export function weekdayOf(date: LocalDate): number {
  return new Date(Date.UTC(date.year, date.month - 1, date.day)).getUTCDay();
}

export function addDaysToDate(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(dayNumber(date) + days);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Adds calendar months, keeping the day but clamping it to the month's end (Jan 31 + 1 month = Feb 28/29). */
export function addMonthsToDate(date: LocalDate, months: number): LocalDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** The same wall-clock time `days` calendar days later (or earlier): 7 days after 09:00 is 09:00, DST or not. */
export function addLocalDays(t: number, days: number, timeZone: string): number {
  const wall = toLocal(t, timeZone);
  return fromLocal({ ...wall, ...addDaysToDate(wall, days) }, timeZone);
}

/** The same wall-clock time `months` calendar months later (or earlier), the day clamped to the month's end. */
export function addLocalMonths(t: number, months: number, timeZone: string): number {
  const wall = toLocal(t, timeZone);
  return fromLocal({ ...wall, ...addMonthsToDate(wall, months) }, timeZone);
}

/** The first instant of the local day that `t` falls in. */
export function startOfLocalDay(t: number, timeZone: string): number {
  return fromLocal({ ...toLocal(t, timeZone), hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

/** Local calendar days from `from` to `to` (negative when `to` is earlier): 23:00 to 01:00 next day is 1. */
export function calendarDaysBetween(from: number, to: number, timeZone: string): number {
  return dayNumber(toLocal(to, timeZone)) - dayNumber(toLocal(from, timeZone));
}

/** Whole calendar months from `from` to `to` (`from` ≤ `to`): Jan 31 → Feb 28 is 0, Jan 15 → Feb 15 is 1. */
export function calendarMonthsBetween(from: number, to: number, timeZone: string): number {
  const a = toLocal(from, timeZone);
  const b = toLocal(to, timeZone);
  let months = (b.year - a.year) * 12 + (b.month - a.month);
  // Short months: reaching the last day of the month counts as reaching a later day number (Jan 31 → Feb 29).
  const reached = b.day >= a.day || b.day === daysInMonth(b.year, b.month);
  if (!reached) months -= 1;
  return Math.max(0, months);
}

export type SpanUnit = 'day' | 'week' | 'month' | 'year';

/** A span the way people say it: "3 days", "2 weeks", "5 months", "1 year". Always ≥ 0. */
export interface Span {
  n: number;
  unit: SpanUnit;
}

/**
 * The calendar span between two instants, rounded down to the largest unit that fits:
 * under a week in days, under a month in weeks, under a year in months, then years.
 */
export function calendarSpan(a: number, b: number, timeZone: string): Span {
  const [from, to] = a <= b ? [a, b] : [b, a];
  const days = calendarDaysBetween(from, to, timeZone);
  if (days < 7) return { n: days, unit: 'day' };
  const months = calendarMonthsBetween(from, to, timeZone);
  if (months < 1) return { n: Math.floor(days / 7), unit: 'week' };
  if (months < 12) return { n: months, unit: 'month' };
  return { n: Math.floor(months / 12), unit: 'year' };
}

/** Parses a chosen date from an `<input type="date">` ("2026-03-08"); null when it is not a real date. */
export function parseLocalDate(value: string): LocalDate | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const date = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  if (date.month < 1 || date.month > 12 || date.day < 1 || date.day > daysInMonth(date.year, date.month)) return null;
  return date;
}

/** The `<input type="date">` value of the local day of `t`. */
export function formatLocalDate(t: number, timeZone: string): string {
  const { year, month, day } = toLocal(t, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The calendar year `t` falls in, in the user's zone. */
export function localYear(t: number, timeZone: string): number {
  return toLocal(t, timeZone).year;
}
