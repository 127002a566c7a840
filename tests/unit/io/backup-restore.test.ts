import { describe, expect, it } from 'vitest';
import {
  BackupError,
  backupToJson,
  createBackup,
  parseBackup,
  restoreBackup,
  type Backup,
} from '../../../utils/io/backup';
import { readAllTables } from '../../../utils/db/backup-tables';
import { importConnectionsCsv, importRecords } from '../../../utils/io/import-run';
import { parseGoogleContacts } from '../../../utils/io/google-csv';
import { saveCapture } from '../../../utils/db/contacts';
import { addNote } from '../../../utils/db/notes';
import { mergePeople } from '../../../utils/db/merge';
import { keepApart, openReviews } from '../../../utils/db/duplicate-reviews';
import { newContact } from '../../../utils/db/new-contact';
import { LIMITS } from '../../../utils/model/text';
import type { TsunagariDB } from '../../../utils/db/database';
import { linkedinPayload, testDb } from '../db/test-db';

const T0 = Date.UTC(2026, 5, 1, 9);
const options = { cadence: { defaultCadenceDays: 90, tagCadences: {} }, now: T0 };
const connectionsHeader = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';

/** Backup → JSON → wipe (the whole database deleted) → parse → restore: what a user does with a new browser. */
async function backupWipeRestore(db: TsunagariDB): Promise<void> {
  const json = backupToJson(await createBackup(db));
  await db.delete();
  await db.open();
  await restoreBackup(db, parseBackup(json));
}

function hostileBackup(): Backup {
  const contact = {
    ...newContact({ name: 'Mallory\u202E\u0000 Evil', company: 'Acme' }, T0),
    id: 'c1',
    avatarUrl: 'javascript:alert(1)',
    websites: ['javascript:alert(2)', 'https://ok.example/'],
    profiles: [
      { kind: 'web' as const, url: 'javascript:alert(3)' },
      { kind: 'web' as const, url: `https://long.example/${'x'.repeat(3000)}` },
      { kind: 'github' as const, url: 'https://github.com/mallory' },
    ],
    emails: Array.from({ length: 80 }, (_, i) => `m${i}@evil.example`),
    about: `\u2066hidden\u2069 text\u0000`,
    fieldSeenAt: JSON.parse('{"__proto__": 5, "name": 7}') as Record<string, number>,
  };
  return {
    format: 'tsunagari-backup',
    version: 1,
    schemaVersion: 2,
    exportedAt: T0,
    tables: {
      contacts: [contact],
      notes: [
        { id: 'n1', contactId: 'c1', body: `big\u202E${'a'.repeat(10 * 1024 * 1024)}`, createdAt: T0, updatedAt: T0 },
      ],
      interactions: [
        { id: 'i1', contactId: 'c1', kind: 'call', at: T0, note: `x\u0000${'b'.repeat(LIMITS.long * 3)}` },
      ],
      captures: [
        {
          id: 'k1',
          contactId: 'c1',
          at: T0,
          source: 'manual',
          url: 'javascript:alert(4)',
          fields: { name: 'A\u202EB', avatarUrl: 'javascript:x' },
        },
      ],
    },
  };
}

describe('restore follows the write rules (issue 12, item 4)', () => {
  it('cleans javascript: links, bidi overrides, NUL and oversized text from a file instead of storing them', async () => {
    const db = testDb();
    await restoreBackup(db, parseBackup(JSON.stringify(hostileBackup())));
    const [person] = await db.contacts.toArray();
    expect(person).toMatchObject({
      name: 'Mallory Evil',
      avatarUrl: '',
      websites: ['https://ok.example/'],
      about: 'hidden text',
    });
    expect(person!.profiles).toEqual([{ kind: 'github', url: 'https://github.com/mallory' }]);
    expect(person!.emails).toHaveLength(LIMITS.list);
    expect(Object.keys(person!.fieldSeenAt)).toEqual(['name']);
    const [note] = await db.notes.toArray();
    expect(note!.body.length).toBe(LIMITS.note);
    expect(note!.body.startsWith('biga')).toBe(true);
    const [talk] = await db.interactions.toArray();
    expect(talk!.note.length).toBe(LIMITS.long);
    expect(talk!.note.includes('\u0000')).toBe(false);
    const [capture] = await db.captures.toArray();
    expect(capture).toMatchObject({ url: '', fields: { name: 'AB' } });
    expect(capture!.fields.avatarUrl).toBeUndefined();
  });

  it('cleans a Backup handed to restoreBackup directly, not only one read from a file', async () => {
    const db = testDb();
    await restoreBackup(db, hostileBackup());
    expect((await db.contacts.get('c1'))?.avatarUrl).toBe('');
    expect((await db.notes.get('n1'))?.body.length).toBe(LIMITS.note);
  });

  it('refuses a backup without its notes table by name, and leaves every stored note in place', async () => {
    const db = testDb();
    const saved = await saveCapture(db, linkedinPayload('aiko-mori', { name: 'Aiko Mori' }), {
      url: 'https://www.linkedin.com/in/aiko-mori/',
      cadenceDays: 30,
      now: T0,
    });
    await addNote(db, saved.contactId, 'Likes tea', T0);
    const file = JSON.parse(backupToJson(await createBackup(db))) as { tables: Record<string, unknown> };
    delete file.tables.notes;
    let error: unknown;
    try {
      parseBackup(JSON.stringify(file));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(BackupError);
    expect((error as BackupError).code).toBe('missing-table');
    expect((error as BackupError).message).toContain('"notes"');
    expect(await db.notes.count()).toBe(1);
  });

  it.each(['interactions', 'captures'])('refuses a schema 2 backup without its %s table', async (table) => {
    const file = JSON.parse(backupToJson(await createBackup(testDb()))) as { tables: Record<string, unknown> };
    delete file.tables[table];
    expect(() => parseBackup(JSON.stringify(file))).toThrow(`"${table}"`);
  });

  it('round-trips possible duplicates and "kept apart" decisions', async () => {
    const db = testDb();
    await saveCapture(db, linkedinPayload('wei-zhang-acme', { name: 'Wei Zhang', company: 'Acme' }), {
      url: 'https://www.linkedin.com/in/wei-zhang-acme/',
      cadenceDays: 30,
      now: T0,
    });
    await importConnectionsCsv(db, `${connectionsHeader}Wei,Zhang,,,Globex,Intern,01 Jan 2026\n`, options);
    await importConnectionsCsv(db, `${connectionsHeader}Wei,Zhang,,,Initech,Analyst,01 Jan 2026\n`, options);
    const [first] = await openReviews(db);
    await keepApart(db, first!.review.id, T0 + 5);
    const before = await db.duplicateReviews.toArray();
    expect(before.map((r) => r.status).sort()).toEqual(['kept-apart', 'open']);
    await backupWipeRestore(db);
    expect(await db.duplicateReviews.toArray()).toEqual(before);
  });

  it('a backup from before reviews were backed up keeps the stored reviews of its people, drops the others', async () => {
    const db = testDb();
    await saveCapture(db, linkedinPayload('wei-zhang-acme', { name: 'Wei Zhang', company: 'Acme' }), {
      url: 'https://www.linkedin.com/in/wei-zhang-acme/',
      cadenceDays: 30,
      now: T0,
    });
    await importConnectionsCsv(db, `${connectionsHeader}Wei,Zhang,,,Globex,Intern,01 Jan 2026\n`, options);
    const file = JSON.parse(backupToJson(await createBackup(db))) as { tables: Record<string, unknown> };
    delete file.tables.duplicateReviews;
    const reviews = await db.duplicateReviews.toArray();
    await db.duplicateReviews.add({ ...reviews[0]!, id: 'x|y', contactId: 'x', otherId: 'y' });
    await restoreBackup(db, parseBackup(JSON.stringify(file)));
    expect(await db.duplicateReviews.toArray()).toEqual(reviews);
  });
});

describe('every later backup restores (issue 12, item 4)', () => {
  it('item 4: after importing a Google label "__proto__", a backup restores', async () => {
    const db = testDb();
    const csv =
      'First Name,Last Name,Labels,E-mail 1 - Value\nMei,Fujita,__proto__ ::: constructor ::: toString,mei@fujita.example\n';
    await importRecords(db, parseGoogleContacts(csv), options);
    const before = await readAllTables(db);
    expect(before.contacts[0]!.tags).toEqual(['__proto__', 'constructor', 'tostring']);
    expect(before.contacts[0]!.cadenceDays).toBe(90);
    await backupWipeRestore(db);
    expect(await readAllTables(db)).toEqual(before);
  });

  it('item 4: after importing a profile URL longer than 2,048 characters once encoded, a backup restores', async () => {
    const db = testDb();
    // 900 'é' are 900 characters in the file and 5,400 once percent-encoded in the stored address.
    const url = `https://www.linkedin.com/in/${'é'.repeat(900)}`;
    await importConnectionsCsv(db, `${connectionsHeader}Long,Slug,${url},,Acme,Engineer,01 Jan 2026\n`, options);
    const before = await readAllTables(db);
    for (const c of before.contacts) for (const p of c.profiles) expect(p.url.length).toBeLessThanOrEqual(LIMITS.url);
    await backupWipeRestore(db);
    expect(await readAllTables(db)).toEqual(before);
  });

  it('item 4: a profile address that only grows past 2,048 characters once encoded is never stored', async () => {
    const db = testDb();
    const url = `https://blog.example/${'é'.repeat(1000)}`;
    await saveCapture(
      db,
      {
        source: 'schema-org',
        profileKey: 'web:blog.example/long',
        profile: { kind: 'web', url },
        fields: { name: 'Long Address' },
      },
      { url, cadenceDays: null, now: T0 },
    );
    const before = await readAllTables(db);
    expect(before.contacts[0]!.profiles).toEqual([]);
    await backupWipeRestore(db);
    expect(await readAllTables(db)).toEqual(before);
  });

  it('item 4: after merging two people with more than 50 emails between them, a backup restores', async () => {
    const db = testDb();
    const card = (name: string, prefix: string) =>
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\n${Array.from({ length: 40 }, (_, i) => `EMAIL:${prefix}${i}@mail.example\r\n`).join('')}END:VCARD\r\n`;
    const { parseVCards } = await import('../../../utils/io/vcard-read');
    await importRecords(db, parseVCards(card('Ren Aoki', 'ren') + card('Ren Aoki (work)', 'aoki')), options);
    const [a, b] = await db.contacts.toArray();
    const merged = await mergePeople(db, a!.id, b!.id, T0 + 1);
    expect(merged.emails).toHaveLength(LIMITS.list);
    const before = await readAllTables(db);
    await backupWipeRestore(db);
    expect(await readAllTables(db)).toEqual(before);
  });
});
