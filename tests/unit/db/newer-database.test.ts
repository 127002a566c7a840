import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { DB_VERSION, TsunagariDB } from '../../../utils/db/database';
import { classifyDbError } from '../../../utils/db/errors';
import { failureText } from '../../../components/write/failure-text';
import { translator } from '../../../utils/i18n';

/*
 * Issue 12 item 8: a database written by a newer Tsunagari. Without the guard, Dexie 4 opens it anyway, and when the
 * newer schema differs it "patches" the stored schema back towards this version's: this version changes data it
 * cannot understand. With the guard the open fails with VersionError and nothing is touched.
 */

let n = 0;
const uniqueName = () => `tsunagari-newer-${++n}-${Math.random().toString(36).slice(2)}`;

async function writtenByANewerVersion(name: string) {
  const newer = new Dexie(name);
  // Version DB_VERSION + 1 as a future release might make it: one index gone, one table added.
  newer.version(DB_VERSION + 1).stores({ contacts: 'id, name', notes: 'id', future: 'id' });
  await newer.open();
  await newer.table('contacts').add({ id: 'c-1', name: 'Hanako Yamada' });
  newer.close();
}

async function storedShape(name: string) {
  const probe = new Dexie(name);
  await probe.open();
  const shape = {
    verno: probe.verno,
    tables: probe.tables.map((t) => `${t.name}:${t.schema.indexes.map((i) => i.name).join('|')}`).sort(),
    rows: await probe.table('contacts').toArray(),
  };
  probe.close();
  return shape;
}

describe('a database written by a newer version', () => {
  it('is refused with VersionError, classified as newer, and left exactly as it was', async () => {
    const name = uniqueName();
    await writtenByANewerVersion(name);
    const before = await storedShape(name);

    const db = new TsunagariDB(name);
    const error = await db.open().then(
      () => null,
      (e: unknown) => e,
    );
    expect((error as Error | null)?.name).toBe('VersionError');
    expect(classifyDbError(error)).toBe('newer');
    // A read through the app's usual path fails the same way instead of showing an empty book.
    expect(classifyDbError(await db.contacts.count().catch((e: unknown) => e))).toBe('newer');
    db.close();

    expect(await storedShape(name)).toEqual(before);
  });

  it('a write on such a database says plainly why nothing was saved (en, ja)', async () => {
    const name = uniqueName();
    await writtenByANewerVersion(name);
    const db = new TsunagariDB(name);
    const error = await db.notes
      .add({ id: 'n', contactId: 'c-1', body: 'x', createdAt: 0, updatedAt: 0 })
      .catch((e: unknown) => e);
    expect(failureText(translator('en'), 'The note for Hanako Yamada', error)).toBe(
      'The note for Hanako Yamada was not saved: this data was written by a newer version of Tsunagari.',
    );
    expect(failureText(translator('ja'), '山田 花子さんのメモ', error)).toContain('新しい');
    db.close();
  });

  it('the current and older databases still open and upgrade as before', async () => {
    const name = uniqueName();
    const current = new TsunagariDB(name);
    await current.contacts.count();
    expect(current.verno).toBe(DB_VERSION);
    current.close();
    const again = new TsunagariDB(name);
    await again.open();
    expect(again.verno).toBe(DB_VERSION);
    again.close();
  });
});
