import type { TsunagariDB } from './database';
import type { Contact } from '../model/contact';
import { cleanTag } from '../model/text';
import { computeDueAt } from '../cadence/due';

/** Reads the people, changes each with `edit`, and writes them back — one transaction for the whole selection. */
async function editMany(
  db: TsunagariDB,
  ids: readonly string[],
  now: number,
  edit: (contact: Contact) => Contact | null,
): Promise<number> {
  return db.transaction('rw', db.contacts, async () => {
    const rows = await db.contacts.bulkGet([...ids]);
    const changed: Contact[] = [];
    for (const row of rows) {
      if (!row) continue;
      const next = edit(row);
      if (!next) continue;
      next.updatedAt = now;
      next.dueAt = computeDueAt(next);
      changed.push(next);
    }
    await db.contacts.bulkPut(changed);
    return changed.length;
  });
}

/** Adds a tag to every selected person who lacks it; returns how many changed. */
export function bulkAddTag(db: TsunagariDB, ids: readonly string[], tag: string, now = Date.now()): Promise<number> {
  const clean = cleanTag(tag);
  if (!clean) return Promise.reject(new Error('A tag cannot be empty.'));
  return editMany(db, ids, now, (c) => (c.tags.includes(clean) ? null : { ...c, tags: [...c.tags, clean] }));
}

export function bulkRemoveTag(db: TsunagariDB, ids: readonly string[], tag: string, now = Date.now()): Promise<number> {
  return editMany(db, ids, now, (c) => (c.tags.includes(tag) ? { ...c, tags: c.tags.filter((t) => t !== tag) } : null));
}

export function bulkSetCadence(
  db: TsunagariDB,
  ids: readonly string[],
  cadenceDays: number | null,
  now = Date.now(),
): Promise<number> {
  if (cadenceDays !== null && (!Number.isInteger(cadenceDays) || cadenceDays <= 0)) {
    return Promise.reject(new Error('A cadence is a whole number of days.'));
  }
  return editMany(db, ids, now, (c) => (c.cadenceDays === cadenceDays ? null : { ...c, cadenceDays }));
}

/** Archiving keeps everything but takes the people out of the rotation (never due, not in the badge). */
export function bulkArchive(db: TsunagariDB, ids: readonly string[], now = Date.now()): Promise<number> {
  return editMany(db, ids, now, (c) => (c.archivedAt !== null ? null : { ...c, archivedAt: now }));
}

export function bulkUnarchive(db: TsunagariDB, ids: readonly string[], now = Date.now()): Promise<number> {
  return editMany(db, ids, now, (c) => (c.archivedAt === null ? null : { ...c, archivedAt: null }));
}
