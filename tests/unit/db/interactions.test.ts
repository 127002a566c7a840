import { describe, expect, it } from 'vitest';
import { saveCapture, snooze, archive } from '../../../utils/db/contacts';
import { deleteInteraction, logInteraction } from '../../../utils/db/interactions';
import { addNote, notesOf } from '../../../utils/db/notes';
import { countOverdue } from '../../../utils/db/queries';
import { DAY_MS } from '../../../utils/cadence/due';
import { linkedinPayload, testDb } from './test-db';

const T0 = Date.UTC(2026, 2, 1, 9);

async function seedOne(cadenceDays: number) {
  const db = testDb();
  const { contactId } = await saveCapture(db, linkedinPayload('haru-ueda', { name: 'Haru Ueda' }), {
    url: 'https://www.linkedin.com/in/haru-ueda/',
    cadenceDays,
    now: T0,
  });
  return { db, contactId };
}

describe('logging an interaction', () => {
  it('moves dueAt and clears the overdue count', async () => {
    const { db, contactId } = await seedOne(30);
    const later = T0 + 40 * DAY_MS;
    expect(await countOverdue(db, later)).toBe(1);
    await logInteraction(db, contactId, { kind: 'coffee' }, later);
    const contact = await db.contacts.get(contactId);
    expect(contact?.lastInteractionAt).toBe(later);
    expect(contact?.dueAt).toBe(later + 30 * DAY_MS);
    expect(await countOverdue(db, later)).toBe(0);
  });

  it('keeps the latest touch when a past talk is logged', async () => {
    const { db, contactId } = await seedOne(30);
    await logInteraction(db, contactId, { kind: 'call', at: T0 + 10 * DAY_MS }, T0 + 11 * DAY_MS);
    await logInteraction(db, contactId, { kind: 'email', at: T0 + 2 * DAY_MS }, T0 + 12 * DAY_MS);
    expect((await db.contacts.get(contactId))?.lastInteractionAt).toBe(T0 + 10 * DAY_MS);
  });

  it('puts the last touch back when a talk is deleted', async () => {
    const { db, contactId } = await seedOne(30);
    const first = await logInteraction(db, contactId, { kind: 'call', at: T0 + DAY_MS }, T0 + DAY_MS);
    const second = await logInteraction(db, contactId, { kind: 'lunch', at: T0 + 5 * DAY_MS }, T0 + 5 * DAY_MS);
    await deleteInteraction(db, second.id, T0 + 6 * DAY_MS);
    expect((await db.contacts.get(contactId))?.lastInteractionAt).toBe(first.at);
    expect((await db.contacts.get(contactId))?.dueAt).toBe(first.at + 30 * DAY_MS);
  });

  it('ends a snooze', async () => {
    const { db, contactId } = await seedOne(30);
    await snooze(db, contactId, T0 + 100 * DAY_MS, T0);
    await logInteraction(db, contactId, { kind: 'message' }, T0 + DAY_MS);
    expect((await db.contacts.get(contactId))?.snoozedUntil).toBeNull();
    expect((await db.contacts.get(contactId))?.dueAt).toBe(T0 + 31 * DAY_MS);
  });

  it('refuses an unknown person and writes nothing', async () => {
    const { db } = await seedOne(30);
    await expect(logInteraction(db, 'missing', { kind: 'call' }, T0)).rejects.toThrow(/No person/);
    expect(await db.interactions.count()).toBe(0);
  });
});

describe('snooze and archive', () => {
  it('snooze pushes dueAt; archive removes the person from reminders', async () => {
    const { db, contactId } = await seedOne(7);
    const now = T0 + 10 * DAY_MS;
    expect(await countOverdue(db, now)).toBe(1);
    await snooze(db, contactId, now + 7 * DAY_MS, now);
    expect(await countOverdue(db, now)).toBe(0);
    expect(await countOverdue(db, now + 7 * DAY_MS)).toBe(1);
    await archive(db, contactId, now);
    expect(await countOverdue(db, now + 365 * DAY_MS)).toBe(0);
  });
});

describe('notes', () => {
  it('are kept newest first and never empty', async () => {
    const { db, contactId } = await seedOne(30);
    await addNote(db, contactId, 'Met at the Kobe meetup; loves trail running', T0);
    await addNote(db, contactId, 'Ask about the new job', T0 + 1);
    await expect(addNote(db, contactId, '   ', T0 + 2)).rejects.toThrow(/empty/);
    expect((await notesOf(db, contactId)).map((n) => n.body)).toEqual([
      'Ask about the new job',
      'Met at the Kobe meetup; loves trail running',
    ]);
  });
});

describe('the overdue count', () => {
  it('stops at the cap the badge can show, and says so as 99+', async () => {
    const { countOverdue, OVERDUE_CAP } = await import('../../../utils/db/queries');
    const { formatOverdue } = await import('../../../utils/model/overdue-count');
    const { newContact } = await import('../../../utils/db/contacts');
    const db = testDb();
    await db.contacts.bulkAdd(
      Array.from({ length: 150 }, (_, i) => newContact({ name: `Person ${i}`, cadenceDays: 7 }, T0)),
    );
    const later = T0 + 30 * DAY_MS;
    expect(await countOverdue(db, later)).toBe(OVERDUE_CAP);
    expect(formatOverdue(await countOverdue(db, later))).toBe('99+');
    expect(await countOverdue(db, later, 1000)).toBe(150);
    expect(formatOverdue(42)).toBe('42');
  });
});
