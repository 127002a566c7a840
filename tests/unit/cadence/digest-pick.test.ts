import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dormantCutoff, isDormant, pickDigest } from '../../../utils/cadence/digest-pick';
import { addLocalMonths } from '../../../utils/cadence/calendar';
import { DAY_MS } from '../../../utils/cadence/due';
import { MET_CONTEXTS, type Contact, type MetContext } from '../../../utils/model/contact';
import { person, talkedDaysAgo } from './people';

const TOKYO = 'Asia/Tokyo';
const now = Date.parse('2026-06-08T00:00:00Z'); // Monday 09:00 in Tokyo
const ids = (people: Contact[]) => people.map((p) => p.id);
const met = (context: MetContext | null) => ({ context, place: '', date: null, introducedBy: '' });

describe('dormant ties', () => {
  it('are people last touched a calendar year ago or more', () => {
    const cutoff = dormantCutoff(now, TOKYO);
    expect(cutoff).toBe(addLocalMonths(now, -12, TOKYO));
    expect(isDormant(person({ id: 'a', lastInteractionAt: cutoff }), cutoff)).toBe(true);
    expect(isDormant(person({ id: 'b', lastInteractionAt: cutoff + 1 }), cutoff)).toBe(false);
    // Never talked to: the meeting counts, else when they were saved.
    expect(
      isDormant(
        person({ id: 'c', createdAt: now - 10 * DAY_MS, met: { ...met('event'), date: cutoff - DAY_MS } }),
        cutoff,
      ),
    ).toBe(true);
    expect(isDormant(person({ id: 'd', createdAt: cutoff - DAY_MS }), cutoff)).toBe(true);
  });
});

describe('pickDigest', () => {
  it('names three people, the most overdue first', () => {
    const people = [
      talkedDaysAgo('a', now, 40, { company: 'Hoshi Works', met: met('lunch') }),
      talkedDaysAgo('b', now, 90, { company: 'Kumo Labs', met: met('event') }),
      talkedDaysAgo('c', now, 60, { company: 'Sora Design', met: met('coffee') }),
      talkedDaysAgo('d', now, 35, { company: 'Umi Foods', met: met('online') }),
    ];
    expect(ids(pickDigest(people, now, TOKYO))).toEqual(['b', 'c', 'a']);
  });

  it('includes a dormant tie even when it is not among the most overdue', () => {
    const people = [
      talkedDaysAgo('recent-1', now, 300, { cadenceDays: 30 }),
      talkedDaysAgo('recent-2', now, 250, { cadenceDays: 30 }),
      talkedDaysAgo('recent-3', now, 200, { cadenceDays: 30 }),
      // Last talk 400 days ago on a two-year cadence: not due, but dormant.
      talkedDaysAgo('dormant', now, 400, { cadenceDays: 730 }),
    ];
    const picked = ids(pickDigest(people, now, TOKYO));
    expect(picked[0]).toBe('recent-1');
    expect(picked).toContain('dormant');
    expect(picked).toHaveLength(3);
  });

  it('does not add a second dormant tie on purpose when the most overdue already is one', () => {
    const people = [
      talkedDaysAgo('old', now, 500, { company: 'Hoshi Works' }),
      talkedDaysAgo('older-but-long-cadence', now, 600, { cadenceDays: 365, company: 'Hoshi Works' }),
      talkedDaysAgo('fresh', now, 45, { company: 'Kumo Labs', met: met('coffee') }),
    ];
    const picked = ids(pickDigest(people, now, TOKYO, 2));
    expect(picked).toEqual(['old', 'fresh']);
  });

  it('prefers variety of companies and ways of meeting over a run from one company', () => {
    const sameCompany = [90, 80, 70, 60].map((days, i) =>
      talkedDaysAgo(`kumo-${i}`, now, days, { company: 'Kumo Labs', met: met('meeting') }),
    );
    const other = talkedDaysAgo('sora', now, 50, { company: 'Sora Design', met: met('volunteer') });
    const picked = ids(pickDigest([...sameCompany, other], now, TOKYO));
    expect(picked).toEqual(['kumo-0', 'sora', 'kumo-1']);
  });

  it('compares companies without regard to case or width', () => {
    const people = [
      talkedDaysAgo('a', now, 90, { company: 'Kumo Labs', met: met('event') }),
      talkedDaysAgo('b', now, 80, { company: 'ＫＵＭＯ ＬＡＢＳ ', met: met('lunch') }),
      talkedDaysAgo('c', now, 70, { company: 'Umi Foods', met: met('sports') }),
    ];
    expect(ids(pickDigest(people, now, TOKYO, 2))).toEqual(['a', 'c']);
  });

  it('leaves out the archived, the untracked, the snoozed and those not due', () => {
    const people = [
      talkedDaysAgo('archived', now, 900, { archivedAt: now - DAY_MS }),
      talkedDaysAgo('untracked', now, 900, { cadenceDays: null }),
      talkedDaysAgo('snoozed', now, 900, { snoozedUntil: now + 7 * DAY_MS }),
      talkedDaysAgo('not-due', now, 10),
      talkedDaysAgo('due', now, 31),
    ];
    expect(ids(pickDigest(people, now, TOKYO))).toEqual(['due']);
    expect(pickDigest([], now, TOKYO)).toEqual([]);
  });

  it('merges a person found by two queries', () => {
    const a = talkedDaysAgo('a', now, 400);
    const b = talkedDaysAgo('b', now, 40);
    expect(ids(pickDigest([a, b, a], now, TOKYO))).toEqual(['a', 'b']);
  });

  describe('properties', () => {
    const arbitraryPerson = fc.record({
      daysAgo: fc.integer({ min: 0, max: 1500 }),
      cadenceDays: fc.option(fc.constantFrom(7, 30, 90, 365, 730), { nil: null }),
      company: fc.constantFrom('', 'Hoshi Works', 'Kumo Labs', 'Sora Design'),
      context: fc.option(fc.constantFrom(...MET_CONTEXTS), { nil: null }),
      archived: fc.boolean(),
      snoozedDays: fc.option(fc.integer({ min: -30, max: 30 }), { nil: null }),
    });
    const arbitraryPeople = fc.array(arbitraryPerson, { maxLength: 25 }).map((rows) =>
      rows.map((row, i) =>
        talkedDaysAgo(`p${String(i).padStart(2, '0')}`, now, row.daysAgo, {
          cadenceDays: row.cadenceDays,
          company: row.company,
          met: met(row.context),
          archivedAt: row.archived ? now - DAY_MS : null,
          snoozedUntil: row.snoozedDays === null ? null : now + row.snoozedDays * DAY_MS,
        }),
      ),
    );

    it('is deterministic: the order of the input does not matter', () => {
      fc.assert(
        fc.property(
          arbitraryPeople.chain((people) =>
            fc.tuple(fc.constant(people), fc.shuffledSubarray(people, { minLength: people.length })),
          ),
          ([people, shuffled]) => {
            expect(ids(pickDigest(shuffled, now, TOKYO))).toEqual(ids(pickDigest(people, now, TOKYO)));
          },
        ),
      );
    });

    it('names up to three distinct eligible people, the most urgent first, with a dormant tie when any is eligible', () => {
      fc.assert(
        fc.property(arbitraryPeople, (people) => {
          const cutoff = dormantCutoff(now, TOKYO);
          const eligible = people.filter(
            (p) =>
              p.dueAt !== null &&
              (p.snoozedUntil === null || p.snoozedUntil <= now) &&
              (p.dueAt <= now || isDormant(p, cutoff)),
          );
          const picked = pickDigest(people, now, TOKYO);
          expect(picked).toHaveLength(Math.min(3, eligible.length));
          expect(new Set(ids(picked)).size).toBe(picked.length);
          for (const p of picked) expect(eligible).toContain(p);
          if (picked.length > 0) {
            const mostUrgent = Math.min(...eligible.map((p) => p.dueAt ?? Infinity));
            expect(picked[0]?.dueAt).toBe(mostUrgent);
          }
          if (eligible.some((p) => isDormant(p, cutoff))) {
            expect(picked.some((p) => isDormant(p, cutoff))).toBe(true);
          }
        }),
      );
    });
  });
});
