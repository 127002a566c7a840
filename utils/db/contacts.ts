import type { TsunagariDB } from './database';
import type { Contact, Met } from '../model/contact';
import type { CapturePayload } from '../model/capture';
import type { IncomingPerson } from '../model/incoming';
import { sanitizeFields } from '../model/sanitize';
import { safeUrl } from '../model/text';
import { applyIncoming, editContact } from './write-path';

export type SaveStatus = 'created' | 'updated' | 'unchanged';

export interface SaveResult {
  status: SaveStatus;
  contactId: string;
  jobChanged: boolean;
  /** A saved person this one may be the same as: recorded for review in the dashboard. */
  possibleDuplicateOf?: string;
}

export interface SaveOptions {
  /** The page the person was captured on; for LinkedIn the background takes it from the sender. */
  url: string;
  /** Cadence for a new person (from settings); ignored for people already saved. */
  cadenceDays: number | null;
  now?: number;
  /**
   * "How we met" as the user chose it in the preview: a user's edit, written in the same transaction as the
   * capture (a date defaults to the day of the save), so the save is all or nothing.
   */
  met?: Partial<Met>;
}

export { newContact } from './new-contact';

export function findByProfileKey(db: TsunagariDB, key: string): Promise<Contact | undefined> {
  return db.contacts.where('profileKeys').equals(key).first();
}

/** A capture as the write path takes it: the page's fields, its key and its profile link. */
export function incomingFromCapture(payload: CapturePayload): IncomingPerson {
  const fields = sanitizeFields(payload.fields);
  const { birthday: _birthday, ...rest } = fields;
  return {
    ...rest,
    profileKeys: payload.profileKey ? [payload.profileKey] : [],
    profiles: payload.profile ? [payload.profile] : [],
  };
}

/**
 * Saves what a capture saw through the write path: a new person, or an update of the person the identity rule
 * finds, with the capture record in the same transaction.
 */
export async function saveCapture(db: TsunagariDB, payload: CapturePayload, options: SaveOptions): Promise<SaveResult> {
  const now = options.now ?? Date.now();
  const fields = sanitizeFields(payload.fields);
  if (!fields.name && !payload.profileKey) throw new Error('A capture needs a name or a profile key.');
  const { met } = options;
  // applyIncoming and editContact join this transaction (their tables are a subset of it).
  const result = await db.transaction('rw', [db.contacts, db.duplicateReviews, db.captures], async () => {
    const applied = await applyIncoming(db, incomingFromCapture(payload), {
      source: 'capture',
      now,
      seenAt: now,
      cadenceDays: options.cadenceDays,
      capture: { source: payload.source, url: safeUrl(options.url), fields },
    });
    if (met && applied.contactId) {
      const stored = await db.contacts.get(applied.contactId);
      await editContact(db, applied.contactId, { met: { ...met, date: met.date ?? stored?.met.date ?? now } }, now);
    }
    return applied;
  });
  return {
    status: result.status === 'skipped' ? 'unchanged' : result.status,
    contactId: result.contactId,
    jobChanged: result.jobChanged,
    ...(result.possibleDuplicateOf ? { possibleDuplicateOf: result.possibleDuplicateOf } : {}),
  };
}

export type ContactPatch = Partial<
  Pick<
    Contact,
    | 'name'
    | 'headline'
    | 'company'
    | 'title'
    | 'location'
    | 'avatarUrl'
    | 'about'
    | 'emails'
    | 'phones'
    | 'websites'
    | 'tags'
    | 'met'
    | 'topics'
    | 'cadenceDays'
    | 'snoozedUntil'
    | 'jobChange'
    | 'archivedAt'
  >
>;

/** A user's edit through the write path: only the fields in the patch, onto the current record, stamped. */
export function updateContact(db: TsunagariDB, id: string, patch: ContactPatch, now = Date.now()): Promise<Contact> {
  return editContact(db, id, patch, now);
}

export function setCadence(db: TsunagariDB, id: string, cadenceDays: number | null, now = Date.now()) {
  return updateContact(db, id, { cadenceDays }, now);
}

export function snooze(db: TsunagariDB, id: string, until: number, now = Date.now()) {
  return updateContact(db, id, { snoozedUntil: until }, now);
}

export function archive(db: TsunagariDB, id: string, now = Date.now()) {
  return updateContact(db, id, { archivedAt: now }, now);
}

export function unarchive(db: TsunagariDB, id: string, now = Date.now()) {
  return updateContact(db, id, { archivedAt: null }, now);
}
