import { describe, expect, it } from 'vitest';
import { importConnectionsCsv, importRecords } from '../../../utils/io/import-run';
import { parseVCards } from '../../../utils/io/vcard-read';
import { saveCapture } from '../../../utils/db/contacts';
import { linkedinKey } from '../../../utils/model/keys';
import { DAY_MS } from '../../../utils/cadence/due';
import { linkedinPayload, testDb } from './test-db';

const T0 = Date.UTC(2026, 5, 1, 9);
const options = { cadence: { defaultCadenceDays: 90, tagCadences: {} }, now: T0 };
const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n';

describe('issue 12', () => {
  it('item 1: a Connections.csv row without a URL never overwrites a saved person of the same name', async () => {
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
    const counts = await importConnectionsCsv(db, `${header}Wei,Zhang,,,Globex,Intern,01 Jan 2026\n`, options);
    expect(counts).toMatchObject({ created: 1, updated: 0, possibleDuplicates: 1 });
    expect(await db.contacts.get(saved.contactId)).toMatchObject({
      company: 'Acme',
      title: 'VP Sales',
      jobChange: null,
    });
    const reviews = await db.duplicateReviews.toArray();
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ status: 'open', reason: 'same-name' });
    expect([reviews[0]!.contactId, reviews[0]!.otherId]).toContain(saved.contactId);
    // Importing the same file again neither adds a third Wei Zhang nor asks again.
    expect(await importConnectionsCsv(db, `${header}Wei,Zhang,,,Globex,Intern,01 Jan 2026\n`, options)).toMatchObject({
      created: 0,
      unchanged: 1,
    });
    expect(await db.contacts.count()).toBe(2);
    expect(await db.duplicateReviews.count()).toBe(1);
  });

  it('item 1: two vCards sharing a role address (info@) stay two people', async () => {
    const db = testDb();
    const card = (name: string) =>
      `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nEMAIL:info@kumo-works.example\r\nEND:VCARD\r\n`;
    await importRecords(db, parseVCards(card('Aiko Mori') + card('Ben Ito')), options);
    await importRecords(db, parseVCards(card('Chika Sato')), options);
    expect((await db.contacts.toArray()).map((c) => c.name).sort()).toEqual(['Aiko Mori', 'Ben Ito', 'Chika Sato']);
  });

  it('item 1: two vCards sharing an ordinary office number stay two people', async () => {
    const db = testDb();
    const card = (name: string) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:${name}\r\nTEL:03-1234-5678\r\nEND:VCARD\r\n`;
    await importRecords(db, parseVCards(card('Aiko Mori') + card('Ben Ito')), options);
    expect(await db.contacts.count()).toBe(2);
  });

  it('item 2: importing an older Connections.csv never rolls back a job captured today, nor flags a job change', async () => {
    const db = testDb();
    const slug = 'hanako-sato-example';
    await saveCapture(
      db,
      linkedinPayload(slug, { name: 'Hanako Sato', company: 'Kumo Works', title: 'Product Designer' }),
      {
        url: `https://www.linkedin.com/in/${slug}/`,
        cadenceDays: 30,
        now: T0 - 30 * DAY_MS,
      },
    );
    const today = await saveCapture(
      db,
      linkedinPayload(slug, { name: 'Hanako Sato', company: 'Nami Design', title: 'Design Lead' }),
      {
        url: `https://www.linkedin.com/in/${slug}/`,
        cadenceDays: 30,
        now: T0,
      },
    );
    const old = `${header}Hanako,Sato,https://www.linkedin.com/in/${slug},,Kumo Works,Product Designer,15 Mar 2024\n`;
    await importConnectionsCsv(db, old, { ...options, now: T0 + 1000, seenAt: T0 - 10 * DAY_MS });
    const hanako = await db.contacts.get(today.contactId);
    expect(hanako).toMatchObject({ company: 'Nami Design', title: 'Design Lead' });
    expect(hanako?.jobChange).toEqual({
      from: 'Product Designer @ Kumo Works',
      to: 'Design Lead @ Nami Design',
      seenAt: T0,
    });
  });

  it('item 9: zero-width characters never make a second dedupe key for the same person', async () => {
    expect(linkedinKey('https://www.linkedin.com/in/taro\u200b-yamada/')).toBe('linkedin:taro-yamada');
    expect(linkedinKey('https://www.linkedin.com/in/taro%E2%80%8B-yamada/')).toBe('linkedin:taro-yamada');
    expect(linkedinKey('https://www.linkedin.com/in/\ufefftaro-yamada\u2060/')).toBe('linkedin:taro-yamada');
    const db = testDb();
    await saveCapture(db, linkedinPayload('taro-yamada', { name: 'Taro Yamada' }), {
      url: 'https://www.linkedin.com/in/taro-yamada/',
      cadenceDays: null,
      now: T0,
    });
    const csv = `${header}Taro,Yamada,https://www.linkedin.com/in/taro%E2%80%8B-yamada,,Kumo,Engineer,01 Jan 2026\n`;
    expect(await importConnectionsCsv(db, csv, options)).toMatchObject({ created: 0, updated: 1 });
  });
});

import { cleanLine } from '../../../utils/model/text';

describe('issue 12, item 9: sanitizers', () => {
  it('item 9: U+061C and invisible fillers do not survive the sanitizers', () => {
    expect(cleanLine('Mei\u061C Fujita\u3164\u115F\u1160\uFFA0\u180E')).toBe('Mei Fujita');
  });
});

import { applyIncomingBatch } from '../../../utils/db/write-path';

describe('issue 12, item 4: found by the backup property test', () => {
  it('item 4: a raw key or upper-case email finds the saved person instead of adding a second one with the same key', async () => {
    const db = testDb();
    await saveCapture(db, linkedinPayload('taro-yamada', { name: 'Taro Yamada', emails: ['taro@kumo.example'] }), {
      url: 'https://www.linkedin.com/in/taro-yamada/',
      cadenceDays: null,
      now: T0,
    });
    // Other names than the saved one, so only the key (or the email) can find Taro.
    const byKey = await applyIncomingBatch(
      db,
      [{ name: 'Yamada Taro', profileKeys: ['linkedin:taro\u200b-yamada'], company: 'Kumo' }],
      { source: 'import', now: T0 + 1 },
    );
    const byEmail = await applyIncomingBatch(
      db,
      [{ name: 'T. Yamada', emails: ['TARO@KUMO.EXAMPLE'], title: 'Engineer' }],
      { source: 'import', now: T0 + 2 },
    );
    expect([...byKey, ...byEmail].map((r) => r.status)).toEqual(['updated', 'updated']);
    expect(await db.contacts.count()).toBe(1);
  });

  it('item 4: a row naming two saved profiles never makes two people share a profile key', async () => {
    const db = testDb();
    const a = await saveCapture(db, linkedinPayload('aiko-mori', { name: 'Aiko Mori' }), {
      url: 'https://www.linkedin.com/in/aiko-mori/',
      cadenceDays: null,
      now: T0,
    });
    const b = await saveCapture(db, linkedinPayload('wei-zhang', { name: 'Wei Zhang' }), {
      url: 'https://www.linkedin.com/in/wei-zhang/',
      cadenceDays: null,
      now: T0,
    });
    await applyIncomingBatch(
      db,
      [{ name: 'Wei Zhang', profileKeys: ['linkedin:wei-zhang', 'linkedin:aiko-mori'], company: 'Acme' }],
      { source: 'import', now: T0 + 1 },
    );
    expect((await db.contacts.get(b.contactId))?.profileKeys).toEqual(['linkedin:wei-zhang']);
    expect((await db.contacts.get(a.contactId))?.profileKeys).toEqual(['linkedin:aiko-mori']);
    expect(await db.contacts.where('profileKeys').equals('linkedin:aiko-mori').count()).toBe(1);
  });
});

import { ImportInterruptedError } from '../../../utils/io/import-run';
import { resolveCadence } from '../../../utils/cadence/due';
import type { ImportRecord, ParseResult, RowError } from '../../../utils/io/types';
import { connectionsCsv } from '../../fixtures/import/connections-generator.mjs';

function records(count: number, tagsAt: (i: number) => string[] = () => []): ParseResult {
  const out: ImportRecord[] = [];
  for (let i = 0; i < count; i++) {
    out.push({
      row: i + 2,
      name: `Person ${i}`,
      company: 'Acme',
      title: '',
      headline: '',
      location: '',
      about: '',
      emails: [`person${i}@mail.example`],
      phones: [],
      websites: [],
      profiles: [],
      profileKeys: [],
      tags: tagsAt(i),
      metDate: null,
    });
  }
  return { records: out, errors: [] };
}

describe('issue 12, item 5: imports', () => {
  it('item 5: tags named constructor, __proto__ or toString never read Object.prototype for a cadence', async () => {
    expect(resolveCadence(['constructor', 'toString', '__proto__', 'hasOwnProperty'], 90, { friends: 14 })).toBe(90);
    expect(resolveCadence(['constructor'], 90, JSON.parse('{"constructor": 5, "__proto__": 7}'))).toBe(5);
    expect(resolveCadence(['__proto__', 'friends'], 90, JSON.parse('{"friends": 14, "__proto__": 7}'))).toBe(7);
    const db = testDb();
    const parsed = records(1_200, (i) => (i === 1_100 ? ['constructor', '__proto__', 'toString'] : ['friends']));
    const counts = await importRecords(db, parsed, {
      cadence: { defaultCadenceDays: 90, tagCadences: { friends: 14 } },
      now: T0,
      chunkSize: 500,
    });
    expect(counts).toMatchObject({ created: 1_200, bad: 0 });
    const odd = await db.contacts.where('name').equals('Person 1100').first();
    expect(odd).toMatchObject({ cadenceDays: 90, tags: ['constructor', '__proto__', 'tostring'] });
  }, 60_000);

  it('item 5: a failed import says exactly how many people were saved, and running it again resumes without duplicates', async () => {
    const db = testDb();
    const csv = connectionsCsv(1_200, 7);
    let created = 0;
    let diskFull = true;
    db.contacts.hook('creating', () => {
      if (diskFull && ++created === 700) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    let error: unknown;
    try {
      await importConnectionsCsv(db, csv, { ...options, chunkSize: 500 });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportInterruptedError);
    const saved = await db.contacts.count();
    expect(saved).toBe(500);
    expect((error as ImportInterruptedError).counts).toMatchObject({ created: saved, updated: 0, done: 500 });
    expect((error as ImportInterruptedError).message).toContain('after 500 people were saved');
    diskFull = false;
    const resumed = await importConnectionsCsv(db, csv, { ...options, chunkSize: 500 });
    expect(resumed).toMatchObject({ created: 700, unchanged: 500, updated: 0 });
    expect(await db.contacts.count()).toBe(1_200);
  }, 60_000);

  it('item 5: one row the database refuses is reported and skipped; the rest of its chunk and the file are saved', async () => {
    const db = testDb();
    db.contacts.hook('creating', (_key, contact) => {
      if (contact.name === 'Person 7') throw new DOMException('could not be cloned', 'DataCloneError');
    });
    const errors: RowError[] = [];
    const counts = await importRecords(db, records(20), {
      ...options,
      chunkSize: 10,
      onRowError: (e) => errors.push(e),
    });
    expect(counts).toMatchObject({ total: 20, done: 20, created: 19, bad: 1 });
    expect(errors).toEqual([{ row: 9, reason: 'malformed-row', detail: expect.stringContaining('DataCloneError') }]);
    expect(await db.contacts.count()).toBe(19);
  });

  it('item 5: a row without a usable name is reported and skipped, never fatal', async () => {
    const db = testDb();
    const parsed = records(5);
    parsed.records[2]!.name = '\u202E\u200B';
    parsed.records[2]!.emails = [];
    const errors: RowError[] = [];
    const counts = await importRecords(db, parsed, { ...options, onRowError: (e) => errors.push(e) });
    expect(counts).toMatchObject({ created: 4, bad: 1 });
    expect(errors.map((e) => e.row)).toEqual([4]);
  });
});
