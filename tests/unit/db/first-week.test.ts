import { describe, expect, it } from 'vitest';
import { applySortDecision, loadSortQueue } from '../../../utils/db/sort-queue';
import { dormantSuggestion } from '../../../utils/db/suggestion-queries';
import { addSamplePeople, SAMPLE_TAG } from '../../../utils/db/sample-people';
import { NOT_NOW_DAYS, sortQueueOrder } from '../../../utils/cadence/sort-order';
import { suggestionWeek } from '../../../utils/cadence/suggestion';
import { DAY_MS } from '../../../utils/cadence/due';
import { countOverdue } from '../../../utils/db/queries';
import { describeSuggestion } from '../../../utils/i18n/messages/first-week';
import { translator } from '../../../utils/i18n';
import { person } from '../cadence/people';
import { testDb } from './test-db';

const TOKYO = 'Asia/Tokyo';
const NOW = Date.parse('2026-06-10T03:00:00Z');
const met = (date: number) => ({ context: null, place: '', date, introducedBy: '' });
const untracked = (id: string, connected: number, fields = {}) =>
  person({ id, name: `Person ${id}`, cadenceDays: null, met: met(connected), createdAt: NOW - DAY_MS, ...fields });

describe('"Who matters now?" queue (issue 15)', () => {
  it('orders people with notes first, then the most recent connections', () => {
    expect(
      sortQueueOrder([
        { id: 'old', hasNote: false, connectedAt: 1 },
        { id: 'recent', hasNote: false, connectedAt: 3 },
        { id: 'noted', hasNote: true, connectedAt: 0 },
      ]),
    ).toEqual(['noted', 'recent', 'old']);
  });

  it('holds only untracked, unarchived people not put off, and each decision takes one out through the write path', async () => {
    const db = testDb();
    await db.contacts.bulkAdd([
      untracked('a', NOW - 900 * DAY_MS),
      untracked('b', NOW - 30 * DAY_MS),
      untracked('c', NOW - 2000 * DAY_MS),
      untracked('d', NOW - 10 * DAY_MS),
      person({ id: 'tracked', cadenceDays: 90 }),
      untracked('gone', NOW, { archivedAt: NOW - DAY_MS }),
    ]);
    await db.notes.add({
      id: 'n1',
      contactId: 'c',
      body: 'Ran the Osaka meetup',
      createdAt: NOW - 5,
      updatedAt: NOW - 5,
    });
    expect(await loadSortQueue(db, NOW)).toEqual({ total: 6, ids: ['c', 'd', 'b', 'a'] });

    await applySortDecision(db, 'c', 'month', NOW);
    await applySortDecision(db, 'd', 'notNow', NOW);
    await applySortDecision(db, 'b', 'archive', NOW);
    const [c, d, b] = await db.contacts.bulkGet(['c', 'd', 'b']);
    expect(c).toMatchObject({ cadenceDays: 30, snoozedUntil: null });
    expect(c?.dueAt).not.toBeNull();
    expect(d).toMatchObject({ cadenceDays: null, dueAt: null, snoozedUntil: NOW + NOT_NOW_DAYS * DAY_MS });
    expect(b?.archivedAt).toBe(NOW);
    // Leaving and coming back resumes: the queue is read again from the stored fields.
    expect((await loadSortQueue(db, NOW)).ids).toEqual(['a']);
    // "Not now" comes back once it ends.
    expect((await loadSortQueue(db, NOW + (NOT_NOW_DAYS + 1) * DAY_MS)).ids).toEqual(['d', 'a']);
  });

  it('moves the badge count when a never-contacted person is given a cadence', async () => {
    const db = testDb();
    await db.contacts.bulkAdd([untracked('a', NOW - 900 * DAY_MS), untracked('b', NOW - 900 * DAY_MS)]);
    expect(await countOverdue(db, NOW)).toBe(0);
    await applySortDecision(db, 'a', 'quarter', NOW);
    await applySortDecision(db, 'b', 'year', NOW);
    expect(await countOverdue(db, NOW)).toBe(2);
  });
});

describe("this week's dormant tie (issue 15)", () => {
  it('comes from the untracked pool only, prefers someone with a note, and stays the same all week', async () => {
    const db = testDb();
    await db.contacts.bulkAdd([
      untracked('u1', NOW - 3 * 365 * DAY_MS, { company: 'Kumo Works' }),
      untracked('u2', NOW - 4 * 365 * DAY_MS),
      untracked('recent', NOW - 20 * DAY_MS),
      untracked('later', NOW - 5 * 365 * DAY_MS, { snoozedUntil: NOW + 30 * DAY_MS }),
      person({ id: 'tracked', cadenceDays: 90 }),
    ]);
    await db.notes.add({
      id: 'n',
      contactId: 'u2',
      body: 'Wants to start a bakery',
      createdAt: NOW - 9,
      updatedAt: NOW - 9,
    });
    const picked = await dormantSuggestion(db, NOW, TOKYO);
    expect(picked?.contact.id).toBe('u2');
    expect(picked?.note).toBe('Wants to start a bakery');
    expect((await dormantSuggestion(db, NOW + 2 * DAY_MS, TOKYO))?.contact.id).toBe('u2');
    await db.notes.clear();
    // Without notes, someone whose company is known has more to say than someone without.
    expect((await dormantSuggestion(db, NOW, TOKYO))?.contact.id).toBe('u1');
  });

  it('is nobody when every dormant tie is tracked, put off or archived', async () => {
    const db = testDb();
    await db.contacts.bulkAdd([
      untracked('recent', NOW - 20 * DAY_MS),
      untracked('later', NOW - 5 * 365 * DAY_MS, { snoozedUntil: NOW + DAY_MS }),
      untracked('gone', NOW - 5 * 365 * DAY_MS, { archivedAt: NOW }),
      person({ id: 'tracked', cadenceDays: 90, met: met(NOW - 5 * 365 * DAY_MS) }),
    ]);
    expect(await dormantSuggestion(db, NOW, TOKYO)).toBeNull();
  });

  it('changes week on Monday in the user’s zone', () => {
    const sundayNight = Date.parse('2026-06-14T14:59:00Z'); // 23:59 Sunday in Tokyo
    const mondayMorning = Date.parse('2026-06-14T15:01:00Z'); // 00:01 Monday
    const offset = 9 * 3_600_000;
    expect(suggestionWeek(mondayMorning, offset)).toBe(suggestionWeek(sundayNight, offset) + 1);
    expect(suggestionWeek(NOW, offset)).toBe(suggestionWeek(sundayNight, offset));
  });

  it('says why, in English and Japanese', () => {
    const c = untracked('x', Date.parse('2019-05-01T03:00:00Z'), { company: 'Kumo Works' });
    expect(describeSuggestion(c, 'Wants to start a bakery', TOKYO, translator('en'))).toBe(
      'Connected in 2019 · Kumo Works · you noted: “Wants to start a bakery”',
    );
    expect(describeSuggestion(c, '', TOKYO, translator('ja'))).toBe('2019年につながりました（Kumo Works）');
  });
});

describe('sample people', () => {
  it('adds three tagged people once, one of them due and one a dormant tie', async () => {
    const db = testDb();
    await addSamplePeople(db, NOW);
    await addSamplePeople(db, NOW + 1000);
    const people = await db.contacts.toArray();
    expect(people).toHaveLength(3);
    expect(people.every((p) => p.tags.includes(SAMPLE_TAG))).toBe(true);
    expect(await countOverdue(db, NOW)).toBe(1);
    expect((await dormantSuggestion(db, NOW, TOKYO))?.contact.name).toBe('Lena Fischer');
  });
});
