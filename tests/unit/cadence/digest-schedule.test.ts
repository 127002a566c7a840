import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  decideDigest,
  INITIAL_DIGEST_STATE,
  nextDigestAt,
  previousDigestAt,
  type DigestState,
} from '../../../utils/cadence/digest-schedule';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { toLocal } from '../../../utils/cadence/calendar';

const NY = 'America/New_York';
const TOKYO = 'Asia/Tokyo';
const LONDON = 'Europe/London';
const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;
const monday9 = { enabled: true, weekday: 1, hour: 9 };

describe('digest times', () => {
  it('defaults to Monday 09:00 local time', () => {
    expect(DEFAULT_SETTINGS.digest).toEqual(monday9);
    const sunday = at('2026-06-07T03:00:00Z'); // Sunday noon in Tokyo
    expect(nextDigestAt(sunday, monday9, TOKYO)).toBe(at('2026-06-08T00:00:00Z'));
    expect(nextDigestAt(sunday, monday9, NY)).toBe(at('2026-06-08T13:00:00Z'));
  });

  it('goes to next week once this week’s time has come', () => {
    const slot = at('2026-06-08T00:00:00Z');
    expect(nextDigestAt(slot - 1, monday9, TOKYO)).toBe(slot);
    expect(nextDigestAt(slot, monday9, TOKYO)).toBe(slot + 7 * 24 * HOUR);
    expect(previousDigestAt(slot, monday9, TOKYO)).toBe(slot);
    expect(previousDigestAt(slot - 1, monday9, TOKYO)).toBe(slot - 7 * 24 * HOUR);
  });

  it('stays at 09:00 local across daylight-saving changes', () => {
    const lastEst = nextDigestAt(at('2026-03-01T00:00:00Z'), monday9, NY);
    const firstEdt = nextDigestAt(lastEst, monday9, NY);
    expect(lastEst).toBe(at('2026-03-02T14:00:00Z'));
    expect(firstEdt).toBe(at('2026-03-09T13:00:00Z')); // a week minus the hour the clocks skipped
    expect(nextDigestAt(firstEdt, monday9, NY) - firstEdt).toBe(7 * 24 * HOUR);
    const fallBack = nextDigestAt(at('2026-10-27T00:00:00Z'), monday9, NY);
    expect(fallBack).toBe(at('2026-11-02T14:00:00Z')); // EST again
    expect(toLocal(fallBack, NY)).toMatchObject({ hour: 9, minute: 0 });
  });

  it('fires just after the gap when the chosen hour does not exist that night', () => {
    const sunday2am = { enabled: true, weekday: 0, hour: 2 };
    expect(nextDigestAt(at('2026-03-05T00:00:00Z'), sunday2am, NY)).toBe(at('2026-03-08T07:00:00Z')); // 03:00 EDT
    const sunday1am = { enabled: true, weekday: 0, hour: 1 };
    expect(nextDigestAt(at('2026-03-25T00:00:00Z'), sunday1am, LONDON)).toBe(at('2026-03-29T01:00:00Z')); // 02:00 BST
  });

  it('fires once, at the first of the two, when the hour happens twice', () => {
    const sunday1am = { enabled: true, weekday: 0, hour: 1 };
    const first = nextDigestAt(at('2026-10-30T00:00:00Z'), sunday1am, NY);
    expect(first).toBe(at('2026-11-01T05:00:00Z')); // 01:00 EDT
    expect(nextDigestAt(first, sunday1am, NY)).toBe(at('2026-11-08T06:00:00Z'));
  });

  it('is the chosen weekday and hour for every weekday, hour and zone', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2020-01-01T00:00:00Z'), max: at('2040-01-01T00:00:00Z') }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 3, max: 23 }), // hours no zone here skips
        fc.constantFrom(NY, TOKYO, LONDON, 'Australia/Sydney', 'America/Sao_Paulo', 'Asia/Kolkata'),
        (after, weekday, hour, zone) => {
          const schedule = { enabled: true, weekday, hour };
          const next = nextDigestAt(after, schedule, zone);
          expect(next).toBeGreaterThan(after);
          expect(next - after).toBeLessThanOrEqual(7 * 24 * HOUR + HOUR);
          const local = toLocal(next, zone);
          expect(local).toMatchObject({ hour, minute: 0, second: 0 });
          expect(new Date(Date.UTC(local.year, local.month - 1, local.day)).getUTCDay()).toBe(weekday);
          expect(previousDigestAt(next, schedule, zone)).toBe(next);
          expect(previousDigestAt(next - 1, schedule, zone)).toBeLessThanOrEqual(after);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('decideDigest (missed digests show once at the next start, never twice)', () => {
  const slot = at('2026-06-08T00:00:00Z'); // Monday 09:00 Tokyo
  const ranLastWeek: DigestState = { lastRunAt: slot - 6 * 24 * HOUR, schedule: '1@9' };

  it('only starts the clock on the very first run', () => {
    const decision = decideDigest(slot + HOUR, INITIAL_DIGEST_STATE, monday9, TOKYO);
    expect(decision).toEqual({ show: false, next: { lastRunAt: slot + HOUR, schedule: '1@9' } });
  });

  it('shows at the digest time, then not again until the next one', () => {
    const first = decideDigest(slot, ranLastWeek, monday9, TOKYO);
    expect(first.show).toBe(true);
    const again = decideDigest(slot + 5 * 60_000, first.next, monday9, TOKYO);
    expect(again.show).toBe(false);
    expect(again.next).toBe(first.next);
    expect(decideDigest(slot + 7 * 24 * HOUR, first.next, monday9, TOKYO).show).toBe(true);
  });

  it('shows once at the next start when the browser was closed at that hour', () => {
    const tuesdayStart = slot + 26 * HOUR;
    expect(decideDigest(slot - HOUR, ranLastWeek, monday9, TOKYO).show).toBe(false); // before, still closed
    const atStart = decideDigest(tuesdayStart, ranLastWeek, monday9, TOKYO);
    expect(atStart.show).toBe(true);
    expect(decideDigest(tuesdayStart + 1, atStart.next, monday9, TOKYO).show).toBe(false);
  });

  it('shows one digest, not one per week missed, after a long absence', () => {
    const threeWeeksLater = slot + 20 * 24 * HOUR;
    const first = decideDigest(threeWeeksLater, ranLastWeek, monday9, TOKYO);
    expect(first.show).toBe(true);
    expect(decideDigest(threeWeeksLater + HOUR, first.next, monday9, TOKYO).show).toBe(false);
  });

  it('does not show a slot that passed before the schedule was changed or switched on', () => {
    const friday9 = { enabled: true, weekday: 5, hour: 9 };
    const changed = decideDigest(slot + 2 * 24 * HOUR, ranLastWeek, friday9, TOKYO);
    expect(changed).toEqual({ show: false, next: { lastRunAt: slot + 2 * 24 * HOUR, schedule: '5@9' } });

    const off = { ...monday9, enabled: false };
    const whileOff = decideDigest(slot + HOUR, ranLastWeek, off, TOKYO);
    expect(whileOff.show).toBe(false);
    const backOn = decideDigest(slot + 2 * HOUR, whileOff.next, monday9, TOKYO);
    expect(backOn.show).toBe(false);
    expect(decideDigest(slot + 7 * 24 * HOUR, backOn.next, monday9, TOKYO).show).toBe(true);
  });

  it('never shows twice between two digest times, however often it is asked', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 60 * 24 }), { minLength: 1, maxLength: 40 }), (gapsInMinutes) => {
        let state: DigestState = ranLastWeek;
        let t = slot - 3 * 24 * HOUR;
        const shownAt: number[] = [];
        for (const gap of gapsInMinutes) {
          t += gap * 60_000;
          const decision = decideDigest(t, state, monday9, TOKYO);
          if (decision.show) shownAt.push(t);
          state = decision.next;
        }
        // Each show follows a digest time that no earlier show followed.
        const slots = shownAt.map((shown) => previousDigestAt(shown, monday9, TOKYO));
        expect(new Set(slots).size).toBe(shownAt.length);
        // And every digest time passed before the last check was shown (at the first check after it).
        const passed = new Set<number>();
        for (let s = slot; s <= t; s += 7 * 24 * HOUR) passed.add(s);
        expect(shownAt.length).toBe(passed.size);
      }),
    );
  });
});
