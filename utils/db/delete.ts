import type { TsunagariDB } from './database';
import type { Contact } from '../model/contact';
import type { Note } from '../model/note';
import type { Interaction } from '../model/interaction';
import type { CaptureRecord } from '../model/capture';
import { markSyncDirty } from './sync-dirty';

/** Everything a delete removed, kept in memory so "undo" can put back exactly those rows. */
export interface DeletedPeople {
  contacts: Contact[];
  notes: Note[];
  interactions: Interaction[];
  captures: CaptureRecord[];
}

/** Deletes people and all their rows in one transaction, returning what was removed. */
export async function deletePeople(db: TsunagariDB, ids: readonly string[]): Promise<DeletedPeople> {
  const list = [...ids];
  return db.transaction('rw', [db.contacts, db.notes, db.interactions, db.captures, db.syncDirty], async () => {
    const contacts = (await db.contacts.bulkGet(list)).filter((c): c is Contact => c !== undefined);
    const found = contacts.map((c) => c.id);
    const notes = await db.notes.where('contactId').anyOf(found).toArray();
    const interactions = await db.interactions.where('contactId').anyOf(found).toArray();
    const captures = await db.captures.where('contactId').anyOf(found).toArray();
    await db.notes.bulkDelete(notes.map((r) => r.id));
    await db.interactions.bulkDelete(interactions.map((r) => r.id));
    await db.captures.bulkDelete(captures.map((r) => r.id));
    await db.contacts.bulkDelete(found);
    // Sync sends the deletion to the address book on its next run (utils/sync/engine-push.ts).
    await markSyncDirty(db, found);
    return { contacts, notes, interactions, captures };
  });
}

/**
 * Undo: puts the deleted rows back as they were. `bulkAdd` (not put) so that a person saved again
 * in the meantime under the same id is never silently overwritten: the whole restore fails instead.
 */
export async function restoreDeleted(db: TsunagariDB, deleted: DeletedPeople): Promise<void> {
  await db.transaction('rw', [db.contacts, db.notes, db.interactions, db.captures], async () => {
    await db.contacts.bulkAdd(deleted.contacts);
    await db.notes.bulkAdd(deleted.notes);
    await db.interactions.bulkAdd(deleted.interactions);
    await db.captures.bulkAdd(deleted.captures);
  });
}

/** "Delete everything" in Settings: every table emptied in one transaction. */
export async function deleteEverything(db: TsunagariDB): Promise<void> {
  await db.transaction('rw', [db.contacts, db.notes, db.interactions, db.captures], async () => {
    await Promise.all([db.contacts.clear(), db.notes.clear(), db.interactions.clear(), db.captures.clear()]);
  });
}
