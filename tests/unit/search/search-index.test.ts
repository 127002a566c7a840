import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { DB_VERSION, SCHEMA_V1, TsunagariDB } from '../../../utils/db/database';
import { saveCapture, snooze, archive } from '../../../utils/db/contacts';
import { addNote, deleteNote, updateNote } from '../../../utils/db/notes';
import { logInteraction } from '../../../utils/db/interactions';
import { bulkAddTag } from '../../../utils/db/people-queries';
import { deleteEverything, deletePeople, restoreDeleted } from '../../../utils/db/delete';
import { mergePeople } from '../../../utils/db/merge';
import { replaceAllTables, readAllTables } from '../../../utils/db/backup-tables';
import { buildSearchRows, loadSearchIndex, searchRowsSince } from '../../../utils/db/search-rows';
import { RESET_ROW_ID } from '../../../utils/db/search-index';
import { SEP } from '../../../utils/search/haystack';
import v1Fixture from '../../fixtures/db/v1.json';
import { testDb, linkedinPayload } from '../db/test-db';

const NOW = Date.UTC(2026, 5, 1, 9);

/** The stored index against one built from scratch: same people, same text, same notes (in any order). */
async function expectConsistent(db: TsunagariDB) {
  const { contacts, notes } = await readAllTables(db);
  const want = buildSearchRows(contacts, notes).filter((r) => r.person);
  const have = (await db.searchRows.toArray()).filter((r) => r.person);
  const shape = (rows: typeof want) =>
    rows
      .map((r) => ({ id: r.id, person: r.person, notes: r.notes ? r.notes.split(SEP).sort() : [] }))
      .sort((a, b) => a.id.localeCompare(b.id));
  expect(shape(have)).toEqual(shape(want));
}

async function save(db: TsunagariDB, slug: string, name: string, company = '') {
  const result = await saveCapture(db, linkedinPayload(slug, { name, company }), {
    url: `https://www.linkedin.com/in/${slug}/`,
    cadenceDays: 30,
    now: NOW,
  });
  return result.contactId;
}

describe('the search index kept on write', () => {
  it('follows saves, notes, snoozes, talks, tags, archive, merges and deletes, each in the same transaction', async () => {
    const db = testDb();
    const hanako = await save(db, 'hanako', '山田 花子', '株式会社さくらテック');
    const jose = await save(db, 'jose', 'José Núñez', 'Café Müller');
    await expectConsistent(db);
    const note = await addNote(db, hanako, 'ランチで転職の話をした', NOW);
    await addNote(db, hanako, 'Second note', NOW);
    await expectConsistent(db);
    await updateNote(db, note.id, '来月また連絡する', NOW);
    await expectConsistent(db);
    await deleteNote(db, note.id);
    await snooze(db, jose, NOW + 10 * 86_400_000, NOW);
    await logInteraction(db, hanako, { kind: 'call', at: NOW }, NOW);
    await bulkAddTag(db, [hanako, jose], '勉強会', NOW);
    await archive(db, jose, NOW);
    await expectConsistent(db);
    const other = await save(db, 'hanako-2', '山田 花子 (2)');
    await addNote(db, other, 'moved by the merge', NOW);
    await mergePeople(db, hanako, other, NOW);
    await expectConsistent(db);
    expect((await db.searchRows.get(hanako))?.notes).toContain('moved by the merge');
    const deleted = await deletePeople(db, [jose]);
    expect((await db.searchRows.get(jose))?.person).toBeNull();
    await expectConsistent(db);
    await restoreDeleted(db, deleted);
    await expectConsistent(db);
    db.close();
  });

  it('stays whole through a restore that clears and refills every table, and through delete everything', async () => {
    const db = testDb();
    const a = await save(db, 'aiko', 'Aiko Tanaka');
    await addNote(db, a, 'Osaka marathon', NOW);
    const tables = await readAllTables(db);
    await replaceAllTables(db, tables);
    await expectConsistent(db);
    await deleteEverything(db);
    expect((await db.searchRows.toArray()).filter((r) => r.person)).toEqual([]);
    db.close();
  });

  it('numbers every write, so a reader fetches only what changed since it last read', async () => {
    const db = testDb();
    const a = await save(db, 'aiko', 'Aiko Tanaka');
    const b = await save(db, 'ben', 'Ben Okafor');
    const { seq } = await loadSearchIndex(db);
    await snooze(db, b, NOW + 86_400_000, NOW);
    const changed = await searchRowsSince(db, seq);
    expect(changed.map((r) => r.id)).toEqual([b]);
    expect(changed[0]!.person?.dueAt).toBe((await db.contacts.get(b))?.dueAt);
    await deleteEverything(db);
    expect((await searchRowsSince(db, changed[0]!.seq)).map((r) => r.id)).toContain(RESET_ROW_ID);
    expect(a).not.toBe(b);
    db.close();
  });

  it('is whole from the start in a new database: the first load needs no rebuild', async () => {
    const db = testDb();
    await save(db, 'aiko', 'Aiko Tanaka');
    expect((await loadSearchIndex(db)).rebuilt).toBe(false);
    db.close();
  });

  it('is rebuilt when found inconsistent: people written behind its back, or an index of another version', async () => {
    const db = testDb();
    await save(db, 'aiko', 'Aiko Tanaka');
    await db.searchRows.clear();
    const first = await loadSearchIndex(db);
    expect(first.rebuilt).toBe(true);
    expect(first.rows.map((r) => r.person?.name)).toEqual(['Aiko Tanaka']);
    await db.searchMeta.put({ id: 'search', version: 0 });
    expect((await loadSearchIndex(db)).rebuilt).toBe(true);
    expect((await loadSearchIndex(db)).rebuilt).toBe(false);
    db.close();
  });
});

describe('database version 3', () => {
  it('builds the index for everyone in a version 1 database, notes included', async () => {
    const name = `tsunagari-v3-${Math.random().toString(36).slice(2)}`;
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.table('contacts').bulkAdd(v1Fixture.contacts);
    await old.table('notes').bulkAdd(v1Fixture.notes);
    await old.table('interactions').bulkAdd(v1Fixture.interactions);
    await old.table('captures').bulkAdd(v1Fixture.captures);
    old.close();

    const db = new TsunagariDB(name);
    await db.open();
    expect(db.verno).toBe(DB_VERSION);
    expect((await db.searchMeta.get('search'))?.version).toBeGreaterThan(0);
    await expectConsistent(db);
    const loaded = await loadSearchIndex(db);
    expect(loaded.rebuilt).toBe(false);
    expect(loaded.rows).toHaveLength(v1Fixture.contacts.length);
    const withNote = v1Fixture.notes[0]!;
    expect((await db.searchRows.get(withNote.contactId))?.notes).not.toBe('');
    db.close();
  });
});
