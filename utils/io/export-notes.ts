import type { Note } from '../model/note';
import type { TsunagariDB } from '../db/database';
import { formatDay } from './dates';

/** Each person's notes, by contact id (a Map: ids are user-independent, but no user string is an object key). */
export type NotesByContact = ReadonlyMap<string, readonly Note[]>;

/** Notes as one text cell: oldest first, each "2026-01-10: what was said", a blank line between. */
export function notesText(notes: readonly Note[]): string {
  return [...notes]
    .sort((a, b) => a.createdAt - b.createdAt)
    .map((note) => `${formatDay(note.createdAt)}: ${note.body}`)
    .join('\n\n');
}

/** Every note, grouped by person, for the CSV and vCard exports (which used to leave notes out). */
export async function notesByContact(db: TsunagariDB): Promise<NotesByContact> {
  const map = new Map<string, Note[]>();
  await db.notes.each((note) => {
    const list = map.get(note.contactId);
    if (list) list.push(note);
    else map.set(note.contactId, [note]);
  });
  return map;
}
