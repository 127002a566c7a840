import { describe, expect, it } from 'vitest';
import { saveCapture } from '../../../utils/db/contacts';
import { addNote } from '../../../utils/db/notes';
import { logInteraction } from '../../../utils/db/interactions';
import { deleteEverything, deletePeople, restoreDeleted } from '../../../utils/db/delete';
import { mergePeople } from '../../../utils/db/merge';
import { bulkAddTag, bulkArchive, bulkSetCadence, bulkUnarchive } from '../../../utils/db/people-queries';
import { countOverdue } from '../../../utils/db/queries';
import { DAY_MS } from '../../../utils/cadence/due';
import { linkedinPayload, testDb } from '../db/test-db';
import type { TsunagariDB } from '../../../utils/db/database';

const T0 = Date.UTC(2026, 2, 1, 9);

async function save(
  db: TsunagariDB,
  slug: string,
  fields: Parameters<typeof linkedinPayload>[1],
  cadenceDays: number | null = 30,
) {
  const { contactId } = await saveCapture(db, linkedinPayload(slug, fields), {
    url: `https://www.linkedin.com/in/${slug}/`,
    cadenceDays,
    now: T0,
  });
  return contactId;
}

async function dump(db: TsunagariDB) {
  const sort = <T extends { id: string }>(rows: T[]) => rows.sort((a, b) => a.id.localeCompare(b.id));
  return {
    contacts: sort(await db.contacts.toArray()),
    notes: sort(await db.notes.toArray()),
    interactions: sort(await db.interactions.toArray()),
    captures: sort(await db.captures.toArray()),
  };
}

describe('delete with undo', () => {
  it('removes the person and every row of theirs, and undo restores exactly those rows', async () => {
    const db = testDb();
    const a = await save(db, 'mei-arai', { name: 'Mei Arai' });
    const b = await save(db, 'koji-endo', { name: 'Koji Endo' });
    await addNote(db, a, 'Likes bouldering', T0 + 1);
    await logInteraction(db, a, { kind: 'coffee', note: 'Talked about Kyoto' }, T0 + 2);
    await addNote(db, b, 'Keep', T0 + 3);
    const before = await dump(db);

    const deleted = await deletePeople(db, [a]);
    expect(deleted.contacts.map((c) => c.id)).toEqual([a]);
    expect(deleted.notes).toHaveLength(1);
    expect(deleted.interactions).toHaveLength(1);
    expect(deleted.captures).toHaveLength(1);
    const after = await dump(db);
    expect(after.contacts.map((c) => c.id)).toEqual([b]);
    expect(after.notes.map((n) => n.body)).toEqual(['Keep']);
    expect(after.interactions).toEqual([]);

    await restoreDeleted(db, deleted);
    expect(await dump(db)).toEqual(before);
  });

  it('restores nothing at all if one row cannot go back', async () => {
    const db = testDb();
    const a = await save(db, 'mei-arai', { name: 'Mei Arai' });
    await addNote(db, a, 'note', T0);
    const deleted = await deletePeople(db, [a]);
    // Someone re-added a row with the same id in between: the restore must not half-happen.
    await db.notes.add(deleted.notes[0]!);
    await expect(restoreDeleted(db, deleted)).rejects.toThrow();
    expect(await db.contacts.count()).toBe(0);
  });

  it('deletes everything in one go', async () => {
    const db = testDb();
    const a = await save(db, 'mei-arai', { name: 'Mei Arai' });
    await addNote(db, a, 'note', T0);
    await deleteEverything(db);
    expect(await dump(db)).toEqual({ contacts: [], notes: [], interactions: [], captures: [] });
  });
});

describe('mergePeople', () => {
  it('moves notes, talks and captures, joins keys and emails, and keeps the other record in history', async () => {
    const db = testDb();
    const keep = await save(db, 'yui-mori', { name: 'Yui Mori', company: 'Kumo', emails: ['yui@kumo.example'] }, 90);
    const other = await save(
      db,
      'yui-mori-2',
      { name: 'Yui M.', title: 'PM', location: 'Osaka', emails: ['yui@home.example'] },
      30,
    );
    await addNote(db, other, 'Met at the Osaka meetup', T0 + 1);
    await logInteraction(db, other, { kind: 'lunch' }, T0 + 5 * DAY_MS);
    await db.contacts.update(other, { tags: ['osaka'], topics: ['tea'] });

    const merged = await mergePeople(db, keep, other, T0 + 6 * DAY_MS);
    expect(await db.contacts.get(other)).toBeUndefined();
    expect(merged.name).toBe('Yui Mori');
    expect(merged.title).toBe('PM');
    expect(merged.location).toBe('Osaka');
    expect(merged.profileKeys.sort()).toEqual(['linkedin:yui-mori', 'linkedin:yui-mori-2']);
    expect(merged.emails).toEqual(['yui@kumo.example', 'yui@home.example']);
    expect(merged.tags).toEqual(['osaka']);
    expect(merged.topics).toEqual(['tea']);
    expect(merged.cadenceDays).toBe(30);
    expect(merged.lastInteractionAt).toBe(T0 + 5 * DAY_MS);
    expect(merged.dueAt).toBe(T0 + 35 * DAY_MS);

    expect((await db.notes.where('contactId').equals(keep).toArray()).map((n) => n.body)).toEqual([
      'Met at the Osaka meetup',
    ]);
    expect(await db.interactions.where('contactId').equals(keep).count()).toBe(1);
    const captures = await db.captures.where('contactId').equals(keep).toArray();
    expect(captures).toHaveLength(3);
    expect(captures.find((c) => c.source === 'manual')?.fields).toMatchObject({ name: 'Yui M.', title: 'PM' });
    expect(await db.notes.where('contactId').equals(other).count()).toBe(0);
    // The same key always finds the same person, now the merged one.
    expect((await db.contacts.where('profileKeys').equals('linkedin:yui-mori-2').first())?.id).toBe(keep);
  });

  it('refuses to merge someone with themselves or with a missing person, changing nothing', async () => {
    const db = testDb();
    const keep = await save(db, 'yui-mori', { name: 'Yui Mori' });
    const before = await dump(db);
    await expect(mergePeople(db, keep, keep)).rejects.toThrow();
    await expect(mergePeople(db, keep, 'nope')).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });
});

describe('bulk actions', () => {
  it('tags, sets cadence and archives a selection, skipping people already so', async () => {
    const db = testDb();
    const a = await save(db, 'a-one', { name: 'A One' });
    const b = await save(db, 'b-two', { name: 'B Two' });
    const c = await save(db, 'c-three', { name: 'C Three' });
    await db.contacts.update(a, { tags: ['mentor'] });

    expect(await bulkAddTag(db, [a, b, 'missing'], '#Mentor', T0 + 1)).toBe(1);
    expect((await db.contacts.get(b))?.tags).toEqual(['mentor']);
    expect((await db.contacts.get(c))?.tags).toEqual([]);

    expect(await bulkSetCadence(db, [a, b], 7, T0 + 2)).toBe(2);
    expect((await db.contacts.get(a))?.dueAt).toBe(T0 + 7 * DAY_MS);
    expect(await countOverdue(db, T0 + 10 * DAY_MS)).toBe(2);

    expect(await bulkArchive(db, [a, b], T0 + 3)).toBe(2);
    expect((await db.contacts.get(a))?.dueAt).toBeNull();
    expect(await countOverdue(db, T0 + 100 * DAY_MS)).toBe(1);
    expect(await bulkUnarchive(db, [a], T0 + 4)).toBe(1);
    expect((await db.contacts.get(a))?.dueAt).toBe(T0 + 7 * DAY_MS);
  });

  it('rejects an empty tag or a bad cadence without writing', async () => {
    const db = testDb();
    const a = await save(db, 'a-one', { name: 'A One' });
    const before = await dump(db);
    await expect(bulkAddTag(db, [a], '  ')).rejects.toThrow();
    await expect(bulkSetCadence(db, [a], 0)).rejects.toThrow();
    await expect(bulkSetCadence(db, [a], 1.5)).rejects.toThrow();
    expect(await dump(db)).toEqual(before);
  });
});
