import { describe, expect, it } from 'vitest';
import { importConnectionsCsv } from '../../../utils/io/import-run';
import { saveCapture } from '../../../utils/db/contacts';
import { addNote } from '../../../utils/db/notes';
import { logInteraction } from '../../../utils/db/interactions';
import { countOpenReviews, keepApart, openReviews, resolveDuplicateReview } from '../../../utils/db/duplicate-reviews';
import { DAY_MS } from '../../../utils/cadence/due';
import { linkedinPayload, testDb } from './test-db';

const T0 = Date.UTC(2026, 5, 1, 9);
const options = { cadence: { defaultCadenceDays: 90, tagCadences: {} }, now: T0 };
const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';
const intern = `${header}Wei,Zhang,,,Globex,Intern,01 Jan 2026\n`;

/** A saved Wei Zhang (Acme) with a note and a talk, then a name-only Wei Zhang (Globex) from a file. */
async function namesakes() {
  const db = testDb();
  const saved = await saveCapture(
    db,
    linkedinPayload('wei-zhang-acme', { name: 'Wei Zhang', company: 'Acme', title: 'VP Sales' }),
    {
      url: 'https://www.linkedin.com/in/wei-zhang-acme/',
      cadenceDays: 30,
      now: T0 - DAY_MS,
    },
  );
  await importConnectionsCsv(db, intern, options);
  const [pair] = await openReviews(db);
  await addNote(db, pair!.contact.id, 'Met at the Globex booth', T0 + 1);
  await logInteraction(db, pair!.contact.id, { kind: 'coffee', at: T0 + 2 }, T0 + 2);
  await addNote(db, saved.contactId, 'Asked about the Osaka office', T0 + 3);
  return { db, savedId: saved.contactId, pair: pair! };
}

describe('possible duplicates: review', () => {
  it('lists an open pair with both people, the saved one as `other`', async () => {
    const { db, savedId, pair } = await namesakes();
    expect(pair.other.id).toBe(savedId);
    expect(pair.contact).toMatchObject({ name: 'Wei Zhang', company: 'Globex' });
    expect(pair.review).toMatchObject({ status: 'open', reason: 'same-name' });
    expect(await countOpenReviews(db)).toBe(1);
  });

  it('keep apart: both people and all their history stay, and the pair is never suggested again', async () => {
    const { db, pair } = await namesakes();
    await keepApart(db, pair.review.id, T0 + 10);
    expect(await countOpenReviews(db)).toBe(0);
    expect(await db.duplicateReviews.get(pair.review.id)).toMatchObject({ status: 'kept-apart', decidedAt: T0 + 10 });
    expect(await db.contacts.count()).toBe(2);
    expect(await db.notes.count()).toBe(2);
    expect(await db.interactions.count()).toBe(1);
    // The same file again, and a slightly different row for the same name: no new question about this pair.
    await importConnectionsCsv(db, intern, { ...options, now: T0 + 20 });
    expect(await countOpenReviews(db)).toBe(0);
    expect(await db.duplicateReviews.count()).toBe(1);
  });

  it("merge: one person with both people's notes, interactions and captures; the review is gone", async () => {
    const { db, savedId, pair } = await namesakes();
    const capturesBefore = await db.captures.count();
    const merged = await resolveDuplicateReview(db, pair.review.id, 'merge', { now: T0 + 10 });
    expect(merged?.id).toBe(savedId);
    expect(merged).toMatchObject({ company: 'Acme', title: 'VP Sales' });
    expect(await db.contacts.count()).toBe(1);
    expect((await db.notes.toArray()).every((n) => n.contactId === savedId)).toBe(true);
    expect(await db.notes.count()).toBe(2);
    expect((await db.interactions.toArray()).map((i) => i.contactId)).toEqual([savedId]);
    // The merged-away record is kept as a capture, so the timeline still shows what it said.
    expect(await db.captures.count()).toBe(capturesBefore + 1);
    expect(await db.duplicateReviews.count()).toBe(0);
    expect(await openReviews(db)).toEqual([]);
  });

  it('merge can keep the newer record instead, and rejects an id outside the pair', async () => {
    const { db, pair } = await namesakes();
    await expect(resolveDuplicateReview(db, pair.review.id, 'merge', { keepId: 'someone-else' })).rejects.toThrow();
    const merged = await resolveDuplicateReview(db, pair.review.id, 'merge', { keepId: pair.contact.id, now: T0 + 10 });
    expect(merged?.id).toBe(pair.contact.id);
    expect(merged?.profileKeys).toEqual(['linkedin:wei-zhang-acme']);
    expect(await db.contacts.count()).toBe(1);
  });

  it('keep-apart through resolveDuplicateReview; an unknown review id is an error', async () => {
    const { db, pair } = await namesakes();
    expect(await resolveDuplicateReview(db, pair.review.id, 'keep-apart', { now: T0 + 5 })).toBeNull();
    expect(await countOpenReviews(db)).toBe(0);
    await expect(keepApart(db, 'nope')).rejects.toThrow();
  });

  it('a review with a third person follows a merge, keeping its decision', async () => {
    const { db, savedId, pair } = await namesakes();
    // A third Wei Zhang, then keep the third apart from the saved one.
    await importConnectionsCsv(db, `${header}Wei,Zhang,,,Initech,Analyst,01 Feb 2026\n`, { ...options, now: T0 + 30 });
    const third = (await db.contacts.toArray()).find((c) => c.company === 'Initech')!;
    const rows = await db.duplicateReviews.toArray();
    expect(rows.length).toBe(2);
    await resolveDuplicateReview(db, pair.review.id, 'merge', { keepId: pair.contact.id, now: T0 + 40 });
    // The row that named the merged-away saved person now names the kept one.
    const after = await db.duplicateReviews.toArray();
    expect(after).toHaveLength(1);
    expect([after[0]!.contactId, after[0]!.otherId].sort()).toEqual([pair.contact.id, third.id].sort());
    expect(after[0]!.id).not.toContain(savedId);
  });
});
