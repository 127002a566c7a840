import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  addLocalDays,
  addLocalMonths,
  calendarDaysBetween,
  calendarSpan,
  formatLocalDate,
  fromLocal,
  parseLocalDate,
  startOfLocalDay,
  toLocal,
  zoneOffset,
} from '../../../utils/cadence/calendar';

// Every expectation is an explicit UTC instant and every call names its zone, so these tests mean the
// same on any machine, whatever its TZ.
const NY = 'America/New_York';
const LONDON = 'Europe/London';
const TOKYO = 'Asia/Tokyo';
const LORD_HOWE = 'Australia/Lord_Howe'; // half-hour daylight saving
const ZONES = [NY, LONDON, TOKYO, LORD_HOWE, 'America/Los_Angeles', 'Pacific/Chatham', 'Asia/Kolkata', 'UTC'];

const at = (iso: string) => Date.parse(iso);
const wall = (year: number, month: number, day: number, hour = 0, minute = 0) => ({
  year,
  month,
  day,
  hour,
  minute,
  second: 0,
  millisecond: 0,
});

describe('toLocal / fromLocal', () => {
  it('reads the wall clock of a zone', () => {
    expect(toLocal(at('2026-01-05T00:30:00Z'), TOKYO)).toMatchObject(wall(2026, 1, 5, 9, 30));
    expect(toLocal(at('2026-01-05T00:30:00Z'), NY)).toMatchObject(wall(2026, 1, 4, 19, 30));
    expect(toLocal(at('2026-01-05T00:00:00Z'), 'UTC').hour).toBe(0);
  });

  it('gives the instant of a wall-clock time on either side of a change', () => {
    expect(fromLocal(wall(2026, 3, 7, 9), NY)).toBe(at('2026-03-07T14:00:00Z')); // EST
    expect(fromLocal(wall(2026, 3, 9, 9), NY)).toBe(at('2026-03-09T13:00:00Z')); // EDT
    expect(zoneOffset(at('2026-07-01T00:00:00Z'), LONDON)).toBe(3_600_000);
  });

  it('moves a time skipped by clocks going forward to just past the gap', () => {
    expect(fromLocal(wall(2026, 3, 8, 2, 30), NY)).toBe(at('2026-03-08T07:30:00Z')); // = 03:30 EDT
    expect(fromLocal(wall(2026, 3, 29, 1, 30), LONDON)).toBe(at('2026-03-29T01:30:00Z')); // = 02:30 BST
    expect(fromLocal(wall(2026, 10, 4, 2, 10), LORD_HOWE)).toBe(at('2026-10-03T15:40:00Z')); // = 02:40 +11
  });

  it('takes the first of a time that happens twice when clocks go back', () => {
    expect(fromLocal(wall(2026, 11, 1, 1, 30), NY)).toBe(at('2026-11-01T05:30:00Z')); // EDT, not EST
    expect(fromLocal(wall(2026, 4, 5, 1, 45), LORD_HOWE)).toBe(at('2026-04-04T14:45:00Z')); // +11, not +10:30
  });

  it('round-trips every instant whose wall time happens once, in every zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2000-01-01T00:00:00Z'), max: at('2060-01-01T00:00:00Z') }),
        fc.constantFrom(...ZONES),
        (t, zone) => {
          const back = fromLocal(toLocal(t, zone), zone);
          // In an overlap the first occurrence comes back; it shows the same wall time.
          expect(toLocal(back, zone)).toEqual(toLocal(t, zone));
          expect(back <= t).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('calendar arithmetic', () => {
  it('adds a week across spring-forward at the same local time (one hour less elapsed)', () => {
    const saturday = at('2026-03-07T14:00:00Z'); // 09:00 EST
    const next = addLocalDays(saturday, 7, NY);
    expect(next).toBe(at('2026-03-14T13:00:00Z')); // 09:00 EDT
    expect(next - saturday).toBe(7 * 86_400_000 - 3_600_000);
  });

  it('adds a week across fall-back at the same local time (one hour more elapsed)', () => {
    const saturday = at('2026-10-24T09:00:00Z'); // 10:00 BST
    expect(addLocalDays(saturday, 7, LONDON)).toBe(at('2026-10-31T10:00:00Z')); // 10:00 GMT
  });

  it('adds months with the day clamped to the end of a shorter month', () => {
    expect(toLocal(addLocalMonths(at('2026-01-31T03:00:00Z'), 1, TOKYO), TOKYO)).toMatchObject(wall(2026, 2, 28, 12));
    expect(toLocal(addLocalMonths(at('2028-01-31T03:00:00Z'), 1, TOKYO), TOKYO)).toMatchObject(wall(2028, 2, 29, 12));
    expect(toLocal(addLocalMonths(at('2026-03-15T03:00:00Z'), -12, TOKYO), TOKYO)).toMatchObject(wall(2025, 3, 15, 12));
  });

  it('starts the local day at midnight even on a 23-hour day', () => {
    expect(startOfLocalDay(at('2026-03-08T20:00:00Z'), NY)).toBe(at('2026-03-08T05:00:00Z'));
  });

  it('counts calendar days, not 24-hour periods', () => {
    // 23:00 → 01:00 the next day is one day, though only two hours pass.
    expect(calendarDaysBetween(at('2026-05-01T14:00:00Z'), at('2026-05-01T16:00:00Z'), TOKYO)).toBe(1);
    // Across spring-forward: Saturday 09:00 EST → Monday 08:00 EDT is 47 hours but two days.
    expect(calendarDaysBetween(at('2026-03-07T14:00:00Z'), at('2026-03-09T12:00:00Z'), NY)).toBe(2);
    expect(calendarDaysBetween(at('2026-03-09T12:00:00Z'), at('2026-03-07T14:00:00Z'), NY)).toBe(-2);
  });

  it('depends on the zone: the same two instants are a different number of days apart', () => {
    const a = at('2026-05-01T10:00:00Z');
    const b = at('2026-05-01T16:00:00Z');
    expect(calendarDaysBetween(a, b, TOKYO)).toBe(1); // 19:00 → 01:00 next day
    expect(calendarDaysBetween(a, b, NY)).toBe(0); // 06:00 → 12:00 same day
  });
});

describe('calendarSpan', () => {
  const from = at('2026-01-15T03:00:00Z');
  const span = (days: number) => calendarSpan(from, addLocalDays(from, days, TOKYO), TOKYO);

  it('says days under a week, weeks under a month, months under a year, then years', () => {
    expect(span(0)).toEqual({ n: 0, unit: 'day' });
    expect(span(6)).toEqual({ n: 6, unit: 'day' });
    expect(span(7)).toEqual({ n: 1, unit: 'week' });
    expect(span(30)).toEqual({ n: 4, unit: 'week' }); // Jan 15 → Feb 14
    expect(span(31)).toEqual({ n: 1, unit: 'month' }); // Jan 15 → Feb 15
    expect(span(364)).toEqual({ n: 11, unit: 'month' });
    expect(span(365)).toEqual({ n: 1, unit: 'year' });
    expect(span(365 * 3)).toEqual({ n: 2, unit: 'year' }); // 2029-01-14: not yet three
  });

  it('treats the last day of a short month as a whole month', () => {
    const jan31 = at('2026-01-31T03:00:00Z');
    expect(calendarSpan(jan31, at('2026-02-28T03:00:00Z'), TOKYO)).toEqual({ n: 1, unit: 'month' });
  });

  it('is symmetric', () => {
    expect(calendarSpan(at('2026-03-09T12:00:00Z'), at('2026-03-07T14:00:00Z'), NY)).toEqual({ n: 2, unit: 'day' });
  });
});

describe('date input values', () => {
  it('parses real dates and refuses impossible ones', () => {
    expect(parseLocalDate('2026-02-28')).toEqual({ year: 2026, month: 2, day: 28 });
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
    for (const bad of ['2026-02-29', '2026-13-01', '2026-00-10', '26-1-1', '', 'tomorrow']) {
      expect(parseLocalDate(bad)).toBeNull();
    }
  });

  it('formats the local day of an instant', () => {
    expect(formatLocalDate(at('2026-05-01T16:00:00Z'), TOKYO)).toBe('2026-05-02');
    expect(formatLocalDate(at('2026-05-01T16:00:00Z'), NY)).toBe('2026-05-01');
  });
});
