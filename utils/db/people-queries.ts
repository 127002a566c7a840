import type { TsunagariDB } from './database';
import type { Contact } from '../model/contact';
import { cleanTag } from '../model/text';
import { editContact, type UserEdit } from './write-path';

/**
 * A bulk edit is many users' edits in one transaction: for each selected person, `editFor` decides from the record
 * as it is now which fields change, and editContact writes only those, cleaned, stamped in `fieldSeenAt` and
 * finalized like every other write (docs/ARCHITECTURE.md, "The write path"). Returns how many people changed.
 */
async function editMany(
  db: TsunagariDB,
  ids: readonly string[],
  now: number,
  editFor: (contact: Contact) => UserEdit | null,
): Promise<number> {
  return db.transaction('rw', db.contacts, async () => {
    let changed = 0;
    for (const row of await db.contacts.bulkGet([...ids])) {
      if (!row) continue;
      const edit = editFor(row);
      if (!edit) continue;
      // editContact joins this transaction: the whole selection is written, or none of it.
      await editContact(db, row.id, edit, now);
      changed++;
    }
    return changed;
  });
}

/** Adds a tag to every selected person who lacks it; returns how many changed. */
export function bulkAddTag(db: TsunagariDB, ids: readonly string[], tag: string, now = Date.now()): Promise<number> {
  const clean = cleanTag(tag);
  if (!clean) return Promise.reject(new Error('A tag cannot be empty.'));
  return editMany(db, ids, now, (c) => (c.tags.includes(clean) ? null : { tags: [...c.tags, clean] }));
}

export function bulkRemoveTag(db: TsunagariDB, ids: readonly string[], tag: string, now = Date.now()): Promise<number> {
  // Stored tags are cleaned (lower case, no '#'), so the tag asked for is cleaned the same way before comparing.
  const clean = cleanTag(tag);
  return editMany(db, ids, now, (c) => (c.tags.includes(clean) ? { tags: c.tags.filter((t) => t !== clean) } : null));
}

export function bulkSetCadence(
  db: TsunagariDB,
  ids: readonly string[],
  cadenceDays: number | null,
  now = Date.now(),
): Promise<number> {
  if (cadenceDays !== null && (!Number.isInteger(cadenceDays) || cadenceDays <= 0 || cadenceDays > 3650)) {
    return Promise.reject(new Error('A cadence is a whole number of days.'));
  }
  return editMany(db, ids, now, (c) => (c.cadenceDays === cadenceDays ? null : { cadenceDays }));
}

/** Archiving keeps everything but takes the people out of the rotation (never due, not in the badge). */
export function bulkArchive(db: TsunagariDB, ids: readonly string[], now = Date.now()): Promise<number> {
  return editMany(db, ids, now, (c) => (c.archivedAt !== null ? null : { archivedAt: now }));
}

export function bulkUnarchive(db: TsunagariDB, ids: readonly string[], now = Date.now()): Promise<number> {
  return editMany(db, ids, now, (c) => (c.archivedAt === null ? null : { archivedAt: null }));
}
