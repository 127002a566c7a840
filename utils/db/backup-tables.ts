import type { TsunagariDB } from './database';
import type { Contact } from '../model/contact';
import type { Note } from '../model/note';
import type { Interaction } from '../model/interaction';
import type { CaptureRecord } from '../model/capture';

/** Every table of the database, as plain rows: the content of a backup. */
export interface AllTables {
  contacts: Contact[];
  notes: Note[];
  interactions: Interaction[];
  captures: CaptureRecord[];
}

/** Reads every table in one read transaction, so a backup never mixes states from before and after a write. */
export function readAllTables(db: TsunagariDB): Promise<AllTables> {
  return db.transaction('r', [db.contacts, db.notes, db.interactions, db.captures], async () => {
    const [contacts, notes, interactions, captures] = await Promise.all([
      db.contacts.toArray(),
      db.notes.toArray(),
      db.interactions.toArray(),
      db.captures.toArray(),
    ]);
    return { contacts, notes, interactions, captures };
  });
}

/**
 * Wipes every table and writes the given rows, in one transaction: if anything fails (a quota, a stopped
 * worker), the database is left exactly as it was, never half restored.
 */
export async function replaceAllTables(db: TsunagariDB, tables: AllTables): Promise<void> {
  await db.transaction('rw', [db.contacts, db.notes, db.interactions, db.captures], async () => {
    await Promise.all([db.contacts.clear(), db.notes.clear(), db.interactions.clear(), db.captures.clear()]);
    await db.contacts.bulkAdd(tables.contacts);
    await db.notes.bulkAdd(tables.notes);
    await db.interactions.bulkAdd(tables.interactions);
    await db.captures.bulkAdd(tables.captures);
  });
}
