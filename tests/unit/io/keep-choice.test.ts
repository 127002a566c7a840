import { describe, expect, it } from 'vitest';
import { importConnectionsCsv } from '../../../utils/io/import-run';
import { parseLinkedInConnections } from '../../../utils/io/linkedin-csv';
import { cadencePolicyFor, countTracked, DEFAULT_KEEP_CHOICE } from '../../../utils/io/keep-choice';
import { saveCapture } from '../../../utils/db/contacts';
import { countOverdue } from '../../../utils/db/queries';
import { linkedinPayload, testDb } from '../db/test-db';
import { fixtureText } from './fixtures';

const ZONE = 'Asia/Tokyo';
// After the fixture's latest connection (15 Mar 2024) by a little over two months.
const T0 = Date.UTC(2024, 4, 20, 9);
const FIXTURE = fixtureText('linkedin-connections.csv');
const tags = { mentors: 30 };

describe('who an import keeps in touch with (issue 15)', () => {
  it('by default adds everyone untracked: no cadence, no dueAt, nothing on the badge', async () => {
    const db = testDb();
    expect(DEFAULT_KEEP_CHOICE).toEqual({ who: 'nobody' });
    const counts = await importConnectionsCsv(db, FIXTURE, {
      cadence: cadencePolicyFor(DEFAULT_KEEP_CHOICE, tags, T0, ZONE),
      now: T0,
    });
    expect(counts.created).toBe(5);
    const people = await db.contacts.toArray();
    expect(people.every((c) => c.cadenceDays === null && c.dueAt === null)).toBe(true);
    expect(await countOverdue(db, T0)).toBe(0);
  });

  it('tracks only people connected in the last N months when asked', async () => {
    const db = testDb();
    const policy = cadencePolicyFor({ who: 'recent', months: 3, cadenceDays: 90 }, tags, T0, ZONE);
    expect(countTracked(parseLinkedInConnections(FIXTURE).records, policy)).toBe(2); // both Hanako rows
    await importConnectionsCsv(db, FIXTURE, { cadence: policy, now: T0 });
    const tracked = (await db.contacts.toArray()).filter((c) => c.cadenceDays !== null).map((c) => c.name);
    expect(tracked).toEqual(['Hanako Sato']);
    const kenji = await db.contacts.where('profileKeys').equals('linkedin:kenji-watanabe-example').first();
    expect(kenji).toMatchObject({ cadenceDays: null, dueAt: null });
  });

  it('tracks everyone at the chosen cadence when asked', async () => {
    const db = testDb();
    const policy = cadencePolicyFor({ who: 'everyone', cadenceDays: 365 }, tags, T0, ZONE);
    await importConnectionsCsv(db, FIXTURE, { cadence: policy, now: T0 });
    const people = await db.contacts.toArray();
    expect(people.map((c) => c.cadenceDays)).toEqual([365, 365, 365, 365, 365]);
  });

  it('leaves a person saved from a profile on the default cadence, and an import does not untrack them', async () => {
    const db = testDb();
    await saveCapture(db, linkedinPayload('hanako-sato-example', { name: 'Hanako Sato' }), {
      url: 'https://www.linkedin.com/in/hanako-sato-example/',
      cadenceDays: 60,
      now: T0 - 1000,
    });
    await importConnectionsCsv(db, FIXTURE, {
      cadence: cadencePolicyFor(DEFAULT_KEEP_CHOICE, tags, T0, ZONE),
      now: T0,
    });
    const hanako = await db.contacts.where('profileKeys').equals('linkedin:hanako-sato-example').first();
    expect(hanako?.cadenceDays).toBe(60);
    expect(hanako?.dueAt).not.toBeNull();
  });
});
