import { describe, expect, it } from 'vitest';
import { bulkAddTag, bulkArchive, bulkRemoveTag, bulkSetCadence } from '../../../utils/db/people-queries';
import { saveCapture, updateContact } from '../../../utils/db/contacts';
import { newContact } from '../../../utils/db/new-contact';
import { DAY_MS } from '../../../utils/cadence/due';
import { linkedinPayload, testDb } from './test-db';

const T0 = Date.UTC(2026, 5, 1, 9);

describe('bulk edits go through the write path (issue 12)', () => {
  it('stamp the fields they change, so older evidence cannot undo them', async () => {
    const db = testDb();
    const a = await saveCapture(db, linkedinPayload('aiko-mori', { name: 'Aiko Mori' }), {
      url: 'https://www.linkedin.com/in/aiko-mori/',
      cadenceDays: 30,
      now: T0,
    });
    await bulkSetCadence(db, [a.contactId], 7, T0 + DAY_MS);
    await bulkArchive(db, [a.contactId], T0 + 2 * DAY_MS);
    await bulkAddTag(db, [a.contactId], '#Mentor', T0 + 3 * DAY_MS);
    const aiko = (await db.contacts.get(a.contactId))!;
    expect(aiko.fieldSeenAt).toMatchObject({
      cadenceDays: T0 + DAY_MS,
      archivedAt: T0 + 2 * DAY_MS,
      tags: T0 + 3 * DAY_MS,
    });
    expect(aiko.updatedAt).toBe(T0 + 3 * DAY_MS);
  });

  it('write only the field they change, onto the record as it is now', async () => {
    const db = testDb();
    const a = await saveCapture(db, linkedinPayload('aiko-mori', { name: 'Aiko Mori', company: 'Acme' }), {
      url: 'https://www.linkedin.com/in/aiko-mori/',
      cadenceDays: 30,
      now: T0,
    });
    await updateContact(db, a.contactId, { company: 'Kumo Works' }, T0 + 1);
    await bulkAddTag(db, [a.contactId], 'friends', T0 + 2);
    expect(await db.contacts.get(a.contactId)).toMatchObject({
      company: 'Kumo Works',
      tags: ['friends'],
      cadenceDays: 30,
    });
  });

  it("clean what they write: a record stored dirty comes out with today's rules", async () => {
    const db = testDb();
    const dirty = {
      ...newContact({ name: 'Mallory\u202E Evil' }, T0),
      websites: ['javascript:alert(1)'],
      emails: Array.from({ length: 70 }, (_, i) => `m${i}@x.example`),
    };
    await db.contacts.add(dirty);
    await bulkSetCadence(db, [dirty.id], 14, T0 + 1);
    const clean = (await db.contacts.get(dirty.id))!;
    expect(clean).toMatchObject({ name: 'Mallory Evil', websites: [], cadenceDays: 14, dueAt: T0 + 14 * DAY_MS });
    expect(clean.emails).toHaveLength(50);
  });

  it('remove a tag given as the user types it (#Mentor finds mentor)', async () => {
    const db = testDb();
    const a = await saveCapture(db, linkedinPayload('aiko-mori', { name: 'Aiko Mori' }), {
      url: 'https://www.linkedin.com/in/aiko-mori/',
      cadenceDays: 30,
      now: T0,
    });
    await bulkAddTag(db, [a.contactId], '#Mentor', T0 + 1);
    expect(await bulkRemoveTag(db, [a.contactId], '#Mentor', T0 + 2)).toBe(1);
    expect((await db.contacts.get(a.contactId))?.tags).toEqual([]);
  });

  it('refuse a cadence the write rules would turn into "not tracked"', async () => {
    const db = testDb();
    await expect(bulkSetCadence(db, ['x'], 5000)).rejects.toThrow(/whole number/);
  });

  it('are all or nothing: a failure on one person writes no one', async () => {
    const db = testDb();
    const a = await saveCapture(db, linkedinPayload('aiko-mori', { name: 'Aiko Mori' }), {
      url: 'https://www.linkedin.com/in/aiko-mori/',
      cadenceDays: 30,
      now: T0,
    });
    const b = await saveCapture(db, linkedinPayload('ben-ito', { name: 'Ben Ito' }), {
      url: 'https://www.linkedin.com/in/ben-ito/',
      cadenceDays: 30,
      now: T0,
    });
    db.contacts.hook('updating', (_mods, key) => {
      if (key === b.contactId) throw new Error('disk full');
    });
    db.contacts.hook('creating', (key) => {
      if (key === b.contactId) throw new Error('disk full');
    });
    await expect(bulkSetCadence(db, [a.contactId, b.contactId], 7, T0 + 1)).rejects.toThrow();
    expect((await db.contacts.get(a.contactId))?.cadenceDays).toBe(30);
  });
});
