import type { TsunagariDB } from './database';
import type { Contact, ProfileLink } from '../model/contact';
import { CONTACT_TEXT_FIELDS } from '../model/contact';
import type { CapturedFields } from '../model/capture';
import { markSyncDirty } from './sync-dirty';
import { newId } from '../model/ids';
import { pairId, type DuplicateReview } from '../model/duplicate-review';
import { finalizeContact } from './finalize';

function union<T>(a: readonly T[], b: readonly T[], key: (v: T) => string = String): T[] {
  const seen = new Set(a.map(key));
  const out = [...a];
  for (const v of b) {
    if (!seen.has(key(v))) {
      seen.add(key(v));
      out.push(v);
    }
  }
  return out;
}

function minOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.min(a, b);
}

function maxOrNull(a: number | null, b: number | null): number | null {
  if (a === null) return b;
  if (b === null) return a;
  return Math.max(a, b);
}

/**
 * The merged person: `keep` wins where both have a value (the user chose whom to keep); lists and keys are joined;
 * the clock takes the latest talk. A value taken from `other` keeps the time it was seen there. The result goes
 * through the same clean-up as every other write (finalizeContact): two people with 50 emails each make one
 * person with 50, which restore accepts.
 */
export function mergedContact(keep: Contact, other: Contact, now: number): Contact {
  const merged: Contact = structuredClone(keep);
  merged.fieldSeenAt = { ...other.fieldSeenAt, ...keep.fieldSeenAt };
  for (const field of CONTACT_TEXT_FIELDS) {
    if (merged[field] || !other[field]) continue;
    merged[field] = other[field];
    if (Object.hasOwn(other.fieldSeenAt, field)) merged.fieldSeenAt[field] = other.fieldSeenAt[field]!;
  }
  merged.profiles = union<ProfileLink>(keep.profiles, other.profiles, (p) => p.url);
  merged.profileKeys = union(keep.profileKeys, other.profileKeys);
  merged.emails = union(keep.emails, other.emails);
  merged.phones = union(keep.phones, other.phones);
  merged.websites = union(keep.websites, other.websites);
  merged.tags = union(keep.tags, other.tags);
  merged.topics = union(keep.topics, other.topics);
  merged.met = {
    context: keep.met.context ?? other.met.context,
    place: keep.met.place || other.met.place,
    date: minOrNull(keep.met.date, other.met.date),
    introducedBy: keep.met.introducedBy || other.met.introducedBy,
  };
  // The shorter cadence: merging must never make someone quieter than either record asked for.
  merged.cadenceDays = minOrNull(keep.cadenceDays, other.cadenceDays);
  merged.lastInteractionAt = maxOrNull(keep.lastInteractionAt, other.lastInteractionAt);
  merged.snoozedUntil = keep.snoozedUntil;
  merged.jobChange = keep.jobChange ?? other.jobChange;
  merged.createdAt = Math.min(keep.createdAt, other.createdAt);
  merged.archivedAt = keep.archivedAt !== null && other.archivedAt !== null ? keep.archivedAt : null;
  merged.updatedAt = now;
  return finalizeContact(merged);
}

function fieldsOf(contact: Contact): CapturedFields {
  const fields: CapturedFields = {};
  for (const key of CONTACT_TEXT_FIELDS) if (contact[key]) fields[key] = contact[key];
  if (contact.emails.length) fields.emails = contact.emails;
  if (contact.phones.length) fields.phones = contact.phones;
  if (contact.websites.length) fields.websites = contact.websites;
  return fields;
}

/**
 * Possible-duplicate rows that name the merged-away person now name the kept one: the pair of the two merged
 * people is gone (they are one), a pair with a third person moves over with its decision ("kept apart" stays
 * kept apart), and where the kept person already has a row for that third person, that row stays.
 */
async function moveReviews(db: TsunagariDB, keepId: string, otherId: string): Promise<void> {
  const rows = [
    ...(await db.duplicateReviews.where('contactId').equals(otherId).toArray()),
    ...(await db.duplicateReviews.where('otherId').equals(otherId).toArray()),
  ];
  const moved: DuplicateReview[] = [];
  for (const row of rows) {
    const partner = row.contactId === otherId ? row.otherId : row.contactId;
    if (partner === keepId || partner === otherId) continue;
    const id = pairId(keepId, partner);
    const next: DuplicateReview = {
      ...row,
      id,
      contactId: row.contactId === otherId ? keepId : partner,
      otherId: row.otherId === otherId ? keepId : partner,
    };
    moved.push(next);
  }
  await db.duplicateReviews.bulkDelete(rows.map((r) => r.id));
  const existing = new Set(
    (await db.duplicateReviews.bulkGet(moved.map((r) => r.id))).filter(Boolean).map((r) => r!.id),
  );
  const fresh = new Map(moved.filter((r) => !existing.has(r.id)).map((r) => [r.id, r]));
  if (fresh.size) await db.duplicateReviews.bulkPut([...fresh.values()]);
}

/**
 * Merges `otherId` into `keepId` in one transaction: notes, interactions and captures move over,
 * keys and lists are joined, and the merged-away record's own fields are kept as a 'manual' capture
 * so the timeline still shows what that record said. The other person is then deleted, and the possible-duplicate
 * rows follow (moveReviews).
 */
export async function mergePeople(
  db: TsunagariDB,
  keepId: string,
  otherId: string,
  now = Date.now(),
): Promise<Contact> {
  if (keepId === otherId) throw new Error('Cannot merge a person with themselves.');
  return db.transaction(
    'rw',
    [db.contacts, db.notes, db.interactions, db.captures, db.duplicateReviews, db.syncDirty],
    async () => {
      const [keep, other] = await db.contacts.bulkGet([keepId, otherId]);
      if (!keep) throw new Error(`No person with id ${keepId}.`);
      if (!other) throw new Error(`No person with id ${otherId}.`);
      const merged = mergedContact(keep, other, now);
      await db.notes.where('contactId').equals(otherId).modify({ contactId: keepId });
      await db.interactions.where('contactId').equals(otherId).modify({ contactId: keepId });
      await db.captures.where('contactId').equals(otherId).modify({ contactId: keepId });
      await db.captures.add({
        id: newId(),
        contactId: keepId,
        at: now,
        source: 'manual',
        url: '',
        fields: fieldsOf(other),
      });
      await db.contacts.delete(otherId);
      await markSyncDirty(db, [otherId], now);
      await db.contacts.put(merged);
      await moveReviews(db, keepId, otherId);
      return merged;
    },
  );
}
