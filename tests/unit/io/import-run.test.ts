import { describe, expect, it } from 'vitest';
import { importConnectionsCsv, importRecords, previewImport } from '../../../utils/io/import-run';
import { parseLinkedInConnections } from '../../../utils/io/linkedin-csv';
import { parseVCards } from '../../../utils/io/vcard-read';
import { saveCapture } from '../../../utils/db/contacts';
import { DAY_MS } from '../../../utils/cadence/due';
import { linkedinPayload, testDb } from '../db/test-db';
import { fixtureText } from './fixtures';
import { connectionsCsv } from '../../fixtures/import/connections-generator.mjs';

const T0 = Date.UTC(2026, 5, 1, 9);
const cadence = { defaultCadenceDays: 90, tagCadences: { mentors: 30 } };
const options = { cadence, now: T0 };
const FIXTURE = fixtureText('linkedin-connections.csv');

describe('importing Connections.csv', () => {
  it('adds each person once, folding duplicate rows, and counts the bad rows', async () => {
    const db = testDb();
    const counts = await importConnectionsCsv(db, FIXTURE, options);
    expect(counts).toMatchObject({
      total: 5,
      done: 5,
      created: 5,
      updated: 0,
      unchanged: 0,
      bad: 3,
      duplicates: 1,
      cancelled: false,
    });
    expect(await db.contacts.count()).toBe(5);
    const hanako = await db.contacts.where('profileKeys').equals('linkedin:hanako-sato-example').first();
    // The duplicate row added the email the first one lacked.
    expect(hanako?.emails).toEqual(['hanako@example.org']);
  });

  it('starts imported people with a real last touch: the day they connected plus the cadence', async () => {
    const db = testDb();
    await importConnectionsCsv(db, FIXTURE, options);
    const hanako = await db.contacts.where('profileKeys').equals('linkedin:hanako-sato-example').first();
    const met = new Date(2024, 2, 15).getTime();
    expect(hanako).toMatchObject({ cadenceDays: 90, met: { date: met }, dueAt: met + 90 * DAY_MS, createdAt: T0 });
    const marco = await db.contacts.where('profileKeys').equals('linkedin:marco-bellini-example').first();
    expect(marco?.dueAt).toBe(T0 + 90 * DAY_MS);
  });

  it('is idempotent: the same file twice changes nothing the second time', async () => {
    const db = testDb();
    await importConnectionsCsv(db, FIXTURE, options);
    const before = await db.contacts.toArray();
    const again = await importConnectionsCsv(db, FIXTURE, { ...options, now: T0 + DAY_MS });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(await db.contacts.toArray()).toEqual(before);
  });

  it('updates people saved from their profile instead of duplicating them, and notes a job change', async () => {
    const db = testDb();
    const saved = await saveCapture(
      db,
      linkedinPayload('priya-raman-example', { name: 'Priya R.', company: 'Old Lab', title: 'Researcher' }),
      { url: 'https://www.linkedin.com/in/priya-raman-example/', cadenceDays: 14, now: T0 - DAY_MS },
    );
    const counts = await importConnectionsCsv(db, FIXTURE, options);
    expect(counts).toMatchObject({ created: 4, updated: 1 });
    const priya = await db.contacts.get(saved.contactId);
    expect(priya).toMatchObject({
      // What the user already has stays: their name for her and the cadence they chose.
      name: 'Priya R.',
      cadenceDays: 14,
      company: 'Lantern, Bell & Co.',
      emails: ['priya@example.com'],
      jobChange: { from: 'Researcher @ Old Lab', to: 'Head of Research, Europe @ Lantern, Bell & Co.', seenAt: T0 },
    });
    expect(await db.contacts.count()).toBe(5);
  });

  it('finds known people by email when the file has no profile key', async () => {
    const db = testDb();
    await importRecords(db, parseVCards(fixtureText('contacts-v30.vcf')), options);
    const text =
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Chidi O.\r\nEMAIL:chidi@example.net\r\nTITLE:Director\r\nEND:VCARD\r\n';
    const counts = await importRecords(db, parseVCards(text), options);
    expect(counts).toMatchObject({ created: 0, updated: 1 });
    const chidi = await db.contacts.where('emails').equals('chidi@example.net').first();
    expect(chidi).toMatchObject({ name: 'Dr. Chidi Okafor', title: 'Director' });
  });

  it('gives new people the cadence of their tags (from the settings passed in)', async () => {
    const db = testDb();
    await importRecords(db, parseVCards(fixtureText('contacts-v30.vcf')), options);
    const chidi = await db.contacts.where('emails').equals('chidi@example.net').first();
    expect(chidi?.cadenceDays).toBe(30);
  });

  it('matches a person without key or email by name only when no phone number contradicts it', async () => {
    const db = testDb();
    const card = (phone: string) => `BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Taro Yamada\r\nTEL:${phone}\r\nEND:VCARD\r\n`;
    await importRecords(db, parseVCards(card('090-1111-1111')), options);
    expect(await importRecords(db, parseVCards(card('090-1111-1111')), options)).toMatchObject({
      created: 0,
      unchanged: 1,
    });
    expect(await importRecords(db, parseVCards(card('080-2222-2222')), options)).toMatchObject({ created: 1 });
  });
});

// Thousands of rows through fake-indexeddb: slow on a busy two-core machine, so a generous limit.
describe('large imports', { timeout: 60_000 }, () => {
  const big = connectionsCsv(2_500, 7);

  it('write in chunks and report progress after each', async () => {
    const db = testDb();
    const seen: number[] = [];
    const counts = await importConnectionsCsv(db, big, {
      ...options,
      chunkSize: 1_000,
      onProgress: (c) => seen.push(c.done),
    });
    expect(seen).toEqual([0, 1_000, 2_000, 2_500]);
    expect(counts.created).toBe(2_500);
    expect(await db.contacts.count()).toBe(2_500);
  });

  it('stop at a chunk boundary when cancelled, keeping the chunks written', async () => {
    const db = testDb();
    const controller = new AbortController();
    const counts = await importConnectionsCsv(db, big, {
      ...options,
      chunkSize: 1_000,
      signal: controller.signal,
      onProgress: (c) => {
        if (c.done === 1_000) controller.abort();
      },
    });
    expect(counts).toMatchObject({ cancelled: true, done: 1_000, created: 1_000 });
    expect(await db.contacts.count()).toBe(1_000);
  });

  it('resume after an interruption by importing the same file again: nothing doubled, the rest added', async () => {
    const db = testDb();
    const controller = new AbortController();
    await importConnectionsCsv(db, big, {
      ...options,
      chunkSize: 1_000,
      signal: controller.signal,
      onProgress: (c) => c.done === 2_000 && controller.abort(),
    });
    const resumed = await importConnectionsCsv(db, big, { ...options, chunkSize: 1_000 });
    expect(resumed).toMatchObject({ created: 500, unchanged: 2_000, updated: 0 });
    expect(await db.contacts.count()).toBe(2_500);
  });

  it('leave a chunk wholly unwritten when its transaction fails', async () => {
    const db = testDb();
    let calls = 0;
    db.contacts.hook('creating', () => {
      calls++;
      if (calls === 1_500) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(importConnectionsCsv(db, big, { ...options, chunkSize: 1_000 })).rejects.toThrow();
    expect(await db.contacts.count()).toBe(1_000);
  });
});

describe('the preview', () => {
  it('counts new, updated, unchanged and bad without writing', async () => {
    const db = testDb();
    await saveCapture(db, linkedinPayload('kenji-watanabe-example', { name: 'Kenji', company: 'Nagi Labs' }), {
      url: 'https://www.linkedin.com/in/kenji-watanabe-example/',
      cadenceDays: null,
      now: T0,
    });
    const parsed = parseLinkedInConnections(FIXTURE);
    const preview = await previewImport(db, parsed, { cadence });
    expect(preview).toEqual({
      total: 5,
      created: 4,
      updated: 1,
      unchanged: 0,
      bad: 3,
      duplicates: 1,
      possibleDuplicates: 0,
    });
    expect(await db.contacts.count()).toBe(1);
    // And the import does what the preview said.
    expect(await importRecords(db, parsed, options)).toMatchObject({ created: 4, updated: 1, unchanged: 0 });
  });
});
