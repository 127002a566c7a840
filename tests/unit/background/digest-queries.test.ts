import { describe, expect, it } from 'vitest';
import { contactsByIds, digestCandidates } from '../../../utils/db/digest-queries';
import { DAY_MS } from '../../../utils/cadence/due';
import { person, talkedDaysAgo } from '../cadence/people';
import { freshDb } from './support';

const TOKYO = 'Asia/Tokyo';
const now = Date.parse('2026-06-08T00:00:00Z');
const ids = (rows: Array<{ id: string }>) => rows.map((r) => r.id).sort();

describe('digestCandidates', () => {
  it('finds the overdue and the dormant ties, and no one else', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([
      talkedDaysAgo('overdue', now, 40),
      // Dormant but not due (two-year cadence): found through lastInteractionAt.
      talkedDaysAgo('dormant-talked', now, 400, { cadenceDays: 730 }),
      // Never talked to, saved over a year ago, long cadence: found through createdAt.
      person({ id: 'dormant-never', cadenceDays: 730, createdAt: now - 500 * DAY_MS }),
      // Saved long ago but met recently: not dormant.
      person({
        id: 'met-recently',
        cadenceDays: 730,
        createdAt: now - 500 * DAY_MS,
        met: { context: 'event', place: '', date: now - 10 * DAY_MS, introducedBy: '' },
      }),
      talkedDaysAgo('fine', now, 5),
      talkedDaysAgo('archived', now, 400, { cadenceDays: 730, archivedAt: now - DAY_MS }),
      talkedDaysAgo('untracked', now, 400, { cadenceDays: null }),
      talkedDaysAgo('snoozed', now, 400, { cadenceDays: 730, snoozedUntil: now + DAY_MS }),
    ]);
    const found = await digestCandidates(db, now, TOKYO);
    expect([...new Set(ids(found))]).toEqual(['dormant-never', 'dormant-talked', 'overdue']);
  });

  it('brings the most overdue first', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd(
      [10, 300, 60, 45].map((extra, i) => talkedDaysAgo(`p${i}`, now, 30 + extra, { cadenceDays: 30 })),
    );
    const found = await digestCandidates(db, now, TOKYO);
    expect(found.slice(0, 4).map((p) => p.id)).toEqual(['p1', 'p2', 'p3', 'p0']);
  });
});

describe('contactsByIds', () => {
  it('keeps the order given and skips people deleted since', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([person({ id: 'a' }), person({ id: 'b' })]);
    expect((await contactsByIds(db, ['b', 'gone', 'a'])).map((p) => p.id)).toEqual(['b', 'a']);
  });
});
