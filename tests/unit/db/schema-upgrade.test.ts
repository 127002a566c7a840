import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { DB_VERSION, TsunagariDB, SCHEMA_V1 } from '../../../utils/db/database';
import { countOverdue } from '../../../utils/db/queries';
import { newContact } from '../../../utils/db/contacts';
import v1Fixture from '../../fixtures/db/v1.json';

let n = 0;
const uniqueName = () => `tsunagari-upgrade-${++n}-${Math.random().toString(36).slice(2)}`;

/** Writes a database exactly as schema version 1 shipped it, with rows from the fixture file. */
async function writeV1(name: string) {
  const old = new Dexie(name);
  old.version(1).stores(SCHEMA_V1);
  await old.table('contacts').bulkAdd(v1Fixture.contacts);
  await old.table('notes').bulkAdd(v1Fixture.notes);
  await old.table('interactions').bulkAdd(v1Fixture.interactions);
  await old.table('captures').bulkAdd(v1Fixture.captures);
  old.close();
}

describe('schema versions', () => {
  it('opens a version 1 database with its data intact', async () => {
    const name = uniqueName();
    await writeV1(name);
    const db = new TsunagariDB(name);
    expect(await db.contacts.count()).toBe(v1Fixture.contacts.length);
    expect(await db.notes.where('contactId').equals(v1Fixture.contacts[0]!.id).count()).toBeGreaterThan(0);
    expect(await db.contacts.where('profileKeys').equals('linkedin:mei-fujita-demo').count()).toBe(1);
    expect(await countOverdue(db, Date.UTC(2026, 10, 1))).toBe(1);
    expect(db.verno).toBe(DB_VERSION);
    db.close();
  });

  it('version 3 adds empty sync tables and indexes every note by updatedAt, even one written without it', async () => {
    const name = uniqueName();
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.table('contacts').bulkAdd(v1Fixture.contacts);
    const bare = { id: 'n-bare', contactId: v1Fixture.contacts[0]!.id, body: 'old note', createdAt: 1_600_000_000_000 };
    await old.table('notes').bulkAdd([...v1Fixture.notes, bare]);
    old.close();
    const db = new TsunagariDB(name);
    expect(await db.syncState.count()).toBe(0);
    expect(await db.syncMeta.count()).toBe(0);
    expect(await db.syncDirty.count()).toBe(0);
    const indexed = await db.notes.where('updatedAt').aboveOrEqual(0).primaryKeys();
    expect(indexed.sort()).toEqual([...v1Fixture.notes.map((n) => n.id), 'n-bare'].sort());
    expect((await db.notes.get('n-bare'))?.updatedAt).toBe(1_600_000_000_000);
    db.close();
  });

  it('an open page on the old version lets a newer version open instead of blocking it', async () => {
    const name = uniqueName();
    const current = new TsunagariDB(name);
    await current.contacts.add(newContact({ name: 'Daichi Okada' }, Date.UTC(2026, 0, 1)));

    const newer = new Dexie(name);
    newer.version(1).stores(SCHEMA_V1);
    newer.version(2).stores({ ...SCHEMA_V1, extra: 'id' });
    // Without the versionchange handler this open would wait for `current` forever.
    await newer.open();
    expect(newer.verno).toBe(2);
    expect(await newer.table('contacts').count()).toBe(1);
    expect(current.isOpen()).toBe(false);
    newer.close();
  });
});

import v1BeforeCaps from '../../fixtures/db/v1-before-caps.json';
import type { Contact } from '../../../utils/model/contact';
import { LIMITS } from '../../../utils/model/text';

describe('upgrade from rows the version 1 code wrote (issue 12, item 7)', () => {
  it("stamps every filled field, applies today's caps and link rules, and indexes phones", async () => {
    const name = uniqueName();
    const old = new Dexie(name);
    old.version(1).stores(SCHEMA_V1);
    await old.table('contacts').bulkAdd(v1BeforeCaps.contacts);
    await old.table('notes').bulkAdd(v1BeforeCaps.notes);
    // The version 1 database could not find anyone by phone: there was no index.
    await expect(old.table('contacts').where('phones').equals('075-123-4567').count()).rejects.toThrow();
    old.close();

    const db = new TsunagariDB(name);
    const [ren, sora] = v1BeforeCaps.contacts as unknown as Contact[];
    const upgradedRen = (await db.contacts.get(ren!.id))!;
    expect(upgradedRen.emails).toHaveLength(LIMITS.list);
    expect(upgradedRen.websites).toEqual(['https://ren.example/']);
    expect(upgradedRen.fieldSeenAt).toMatchObject({
      company: ren!.fieldSeenAt.company,
      name: ren!.updatedAt,
      title: ren!.updatedAt,
      emails: ren!.updatedAt,
      phones: ren!.updatedAt,
      tags: ren!.updatedAt,
      profiles: ren!.updatedAt,
    });
    const upgradedSora = (await db.contacts.get(sora!.id))!;
    expect(upgradedSora).toMatchObject({ name: 'Sora Ishii', about: 'Met at a kaiseki lunch' });
    expect(upgradedSora.fieldSeenAt).toMatchObject({
      name: sora!.updatedAt,
      location: sora!.updatedAt,
      met: sora!.updatedAt,
    });
    expect(await db.contacts.where('phones').equals('075-123-4567').primaryKeys()).toEqual([sora!.id]);
    expect(await db.contacts.where('phones').equals('+81 90-1111-2222').primaryKeys()).toEqual([ren!.id]);
    expect(await db.notes.where('contactId').equals(ren!.id).count()).toBe(1);
    db.close();
  });
});
