import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { BackupError, backupToJson, createBackup, parseBackup, restoreBackup } from '../../../utils/io/backup';
import { BACKUP_UPGRADES, CURRENT_SCHEMA_VERSION } from '../../../utils/io/backup-upgrades';
import { cleanAllTables, readAllTables, type AllTables } from '../../../utils/db/backup-tables';
import { TsunagariDB } from '../../../utils/db/database';
import { MET_CONTEXTS, PROFILE_KINDS, type Contact } from '../../../utils/model/contact';
import { INTERACTION_KINDS } from '../../../utils/model/interaction';
import { CAPTURE_SOURCES } from '../../../utils/model/capture';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { DAY_MS } from '../../../utils/cadence/due';
import { testDb } from '../db/test-db';
import { fixtureText } from './fixtures';

const time = fc.integer({ min: 0, max: 4_102_444_800_000 });
const text = fc.string({ unit: 'grapheme', maxLength: 40 });
const words = fc.array(text, { maxLength: 4 });
const nullable = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: null });

const contactArb: fc.Arbitrary<Contact> = fc.record({
  id: fc.uuid(),
  name: text,
  headline: text,
  company: text,
  title: text,
  location: text,
  avatarUrl: text,
  about: fc.string({ unit: 'grapheme', maxLength: 200 }),
  profiles: fc.array(fc.record({ kind: fc.constantFrom(...PROFILE_KINDS), url: fc.webUrl() }), { maxLength: 3 }),
  profileKeys: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 30 }), { maxLength: 3 }),
  emails: fc.uniqueArray(fc.emailAddress(), { maxLength: 3 }),
  phones: words,
  websites: words,
  tags: words,
  met: fc.record({
    context: nullable(fc.constantFrom(...MET_CONTEXTS)),
    place: text,
    date: nullable(time),
    introducedBy: text,
  }),
  topics: words,
  cadenceDays: nullable(fc.integer({ min: 1, max: 3650 })),
  lastInteractionAt: nullable(time),
  snoozedUntil: nullable(time),
  dueAt: nullable(time),
  jobChange: nullable(fc.record({ from: text, to: text, seenAt: time })),
  fieldSeenAt: fc.dictionary(fc.constantFrom('name', 'company', 'title', 'emails'), time),
  createdAt: time,
  updatedAt: time,
  archivedAt: nullable(time),
});

const databaseArb: fc.Arbitrary<AllTables> = fc
  .uniqueArray(contactArb, { selector: (c) => c.id, maxLength: 12 })
  .chain((contacts) => {
    const ids = contacts.map((c) => c.id);
    const contactId = ids.length ? fc.constantFrom(...ids) : fc.uuid();
    return fc.record({
      contacts: fc.constant(contacts),
      notes: fc.uniqueArray(
        fc.record({
          id: fc.uuid(),
          contactId,
          body: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
          createdAt: time,
          updatedAt: time,
        }),
        { selector: (n) => n.id, maxLength: 10 },
      ),
      interactions: fc.uniqueArray(
        fc.record({ id: fc.uuid(), contactId, kind: fc.constantFrom(...INTERACTION_KINDS), at: time, note: text }),
        { selector: (n) => n.id, maxLength: 10 },
      ),
      captures: fc.uniqueArray(
        fc.record({
          id: fc.uuid(),
          contactId,
          at: time,
          source: fc.constantFrom(...CAPTURE_SOURCES),
          url: fc.webUrl(),
          fields: fc.record({ name: text, company: text, emails: words }, { requiredKeys: [] }),
        }),
        { selector: (n) => n.id, maxLength: 10 },
      ),
    });
  });

async function fill(db: TsunagariDB, tables: AllTables) {
  await db.contacts.bulkAdd(tables.contacts);
  await db.notes.bulkAdd(tables.notes);
  await db.interactions.bulkAdd(tables.interactions);
  await db.captures.bulkAdd(tables.captures);
}

const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const sorted = (t: AllTables): AllTables => ({
  contacts: byId(t.contacts),
  notes: byId(t.notes),
  interactions: byId(t.interactions),
  captures: byId(t.captures),
  duplicateReviews: byId(t.duplicateReviews ?? []),
});

describe('JSON backup', () => {
  it('restores any database cleaned by the write rules, and what it restored round-trips unchanged', async () => {
    await fc.assert(
      fc.asyncProperty(databaseArb, async (tables) => {
        const db = testDb();
        await fill(db, tables);
        const json = backupToJson(await createBackup(db, { settings: DEFAULT_SETTINGS }));
        await Promise.all([db.contacts.clear(), db.notes.clear(), db.interactions.clear(), db.captures.clear()]);
        const backup = parseBackup(json);
        await restoreBackup(db, backup);
        const restored = await readAllTables(db);
        expect(sorted(restored)).toEqual(sorted({ ...cleanAllTables(tables), duplicateReviews: [] }));
        expect(backup.settings).toEqual(DEFAULT_SETTINGS);
        // Rows the app holds come back exactly: cleaning is idempotent.
        await restoreBackup(db, parseBackup(backupToJson(await createBackup(db))));
        expect(sorted(await readAllTables(db))).toEqual(sorted(restored));
        db.close();
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('replaces what is there, in one transaction: a failing restore leaves the old data', async () => {
    const db = testDb();
    const backup = parseBackup(fixtureText('backup-v1.json'));
    await restoreBackup(db, backup);
    const before = await readAllTables(db);
    const broken = structuredClone(backup);
    broken.tables.notes.push({ ...broken.tables.notes[0]!, id: 'n2' });
    db.notes.hook('creating', (key) => {
      if (key === 'n2') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(restoreBackup(db, broken)).rejects.toThrow();
    expect(await readAllTables(db)).toEqual(before);
  });

  it('writes the envelope the file format promises', async () => {
    const db = testDb();
    const backup = await createBackup(db, { now: 5 });
    expect(backup).toEqual({
      format: 'tsunagari-backup',
      version: 1,
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: 5,
      tables: { contacts: [], notes: [], interactions: [], captures: [], duplicateReviews: [] },
    });
  });

  it('restores the schema 1 fixture with its settings', async () => {
    const db = testDb();
    const backup = parseBackup(fixtureText('backup-v1.json'));
    await restoreBackup(db, backup);
    expect(await db.contacts.where('profileKeys').equals('linkedin:sakura-watanabe-example').count()).toBe(1);
    expect(await db.notes.count()).toBe(1);
    expect(backup.settings?.language).toBe('ja');
  });

  it('upgrades a schema 0 backup: keys derived, missing fields filled, dueAt computed', async () => {
    const db = testDb();
    await restoreBackup(db, parseBackup(fixtureText('backup-v0.json')));
    const aiko = await db.contacts.where('profileKeys').equals('linkedin:aiko-tanaka-example').first();
    expect(aiko).toMatchObject({
      name: 'Aiko Tanaka',
      archivedAt: null,
      jobChange: null,
      dueAt: 1690000000000 + 60 * DAY_MS,
    });
    expect(aiko?.met.introducedBy).toBe('');
    const ben = await db.contacts.where('profileKeys').equals('web:ben.example.com/about').first();
    expect(ben?.dueAt).toBe(1695000000000 + 30 * DAY_MS);
    expect((await db.notes.toArray())[0]?.updatedAt).toBe(1690000500000);
  });

  it('keeps the upgrade chain in step with the database schema', () => {
    expect(CURRENT_SCHEMA_VERSION).toBe(new TsunagariDB('tsunagari-version-check').verno);
    for (let v = 0; v < CURRENT_SCHEMA_VERSION; v++)
      expect(BACKUP_UPGRADES.some((s) => s.from === v && s.to === v + 1)).toBe(true);
  });

  it.each([
    ['not JSON', '{', 'not-json'],
    ['another file', '{"format":"something-else"}', 'not-a-backup'],
    [
      'a newer schema',
      JSON.stringify({
        format: 'tsunagari-backup',
        version: 1,
        schemaVersion: 99,
        exportedAt: 0,
        tables: { contacts: [] },
      }),
      'newer-schema',
    ],
    [
      'a bad row',
      JSON.stringify({
        format: 'tsunagari-backup',
        version: 1,
        schemaVersion: 1,
        exportedAt: 0,
        tables: { contacts: [{ id: 1 }], notes: [], interactions: [], captures: [] },
      }),
      'invalid-rows',
    ],
    [
      'a missing table',
      JSON.stringify({
        format: 'tsunagari-backup',
        version: 1,
        schemaVersion: 2,
        exportedAt: 0,
        tables: { contacts: [], interactions: [], captures: [] },
      }),
      'missing-table',
    ],
  ])('refuses %s with a reason', (_, json, code) => {
    expect(() => parseBackup(json)).toThrow(BackupError);
    try {
      parseBackup(json);
    } catch (error) {
      expect((error as BackupError).code).toBe(code);
    }
  });

  it('refuses duplicate ids before touching the database', () => {
    const backup = JSON.parse(fixtureText('backup-v1.json'));
    backup.tables.notes.push(backup.tables.notes[0]);
    expect(() => parseBackup(JSON.stringify(backup))).toThrow(/appears twice/);
  });
});
