import type { TsunagariDB } from './database';
import type { Note } from '../model/note';
import { LIMITS, cleanText } from '../model/text';
import { newId } from '../model/ids';
import { markSyncDirty } from './sync-dirty';

function cleanBody(body: string): string {
  const clean = cleanText(body, LIMITS.note);
  if (!clean) throw new Error('A note cannot be empty.');
  return clean;
}

export async function addNote(db: TsunagariDB, contactId: string, body: string, now = Date.now()): Promise<Note> {
  const note: Note = { id: newId(), contactId, body: cleanBody(body), createdAt: now, updatedAt: now };
  await db.transaction('rw', db.contacts, db.notes, async () => {
    if (!(await db.contacts.get(contactId))) throw new Error(`No person with id ${contactId}.`);
    await db.notes.add(note);
  });
  return note;
}

export async function updateNote(db: TsunagariDB, id: string, body: string, now = Date.now()): Promise<void> {
  const clean = cleanBody(body);
  await db.transaction('rw', db.notes, async () => {
    const count = await db.notes.update(id, { body: clean, updatedAt: now });
    if (count === 0) throw new Error(`No note with id ${id}.`);
  });
}

export async function deleteNote(db: TsunagariDB, id: string): Promise<void> {
  await db.transaction('rw', db.notes, db.syncDirty, async () => {
    const note = await db.notes.get(id);
    if (!note) return;
    await db.notes.delete(id);
    // No index shows a deleted note: mark its person so sync sends the card again.
    await markSyncDirty(db, [note.contactId]);
  });
}

export function notesOf(db: TsunagariDB, contactId: string): Promise<Note[]> {
  return db.notes.where('contactId').equals(contactId).reverse().sortBy('createdAt');
}
