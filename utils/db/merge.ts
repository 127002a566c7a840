import type { TsunagariDB } from './database';
import type { Contact, ProfileLink } from '../model/contact';
import { CONTACT_TEXT_FIELDS } from '../model/contact';
import type { CapturedFields } from '../model/capture';
import { newId } from '../model/ids';
import { computeDueAt } from '../cadence/due';

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

/** The merged person: `keep` wins where both have a value; lists and keys are joined; the clock takes the latest talk. */
export function mergedContact(keep: Contact, other: Contact, now: number): Contact {
  const merged: Contact = structuredClone(keep);
  for (const field of CONTACT_TEXT_FIELDS) if (!merged[field] && other[field]) merged[field] = other[field];
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
  merged.fieldSeenAt = { ...other.fieldSeenAt, ...keep.fieldSeenAt };
  merged.createdAt = Math.min(keep.createdAt, other.createdAt);
  merged.archivedAt = keep.archivedAt !== null && other.archivedAt !== null ? keep.archivedAt : null;
  merged.updatedAt = now;
  merged.dueAt = computeDueAt(merged);
  return merged;
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
 * Merges `otherId` into `keepId` in one transaction: notes, interactions and captures move over,
 * keys and lists are joined, and the merged-away record's own fields are kept as a 'manual' capture
 * so the timeline still shows what that record said. The other person is then deleted.
 */
export async function mergePeople(db: TsunagariDB, keepId: string, otherId: string, now = Date.now()): Promise<Contact> {
  if (keepId === otherId) throw new Error('Cannot merge a person with themselves.');
  return db.transaction('rw', [db.contacts, db.notes, db.interactions, db.captures], async () => {
    const [keep, other] = await db.contacts.bulkGet([keepId, otherId]);
    if (!keep) throw new Error(`No person with id ${keepId}.`);
    if (!other) throw new Error(`No person with id ${otherId}.`);
    const merged = mergedContact(keep, other, now);
    await db.notes.where('contactId').equals(otherId).modify({ contactId: keepId });
    await db.interactions.where('contactId').equals(otherId).modify({ contactId: keepId });
    await db.captures.where('contactId').equals(otherId).modify({ contactId: keepId });
    await db.captures.add({ id: newId(), contactId: keepId, at: now, source: 'manual', url: '', fields: fieldsOf(other) });
    await db.contacts.delete(otherId);
    await db.contacts.put(merged);
    return merged;
  });
}
