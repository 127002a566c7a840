import type { TsunagariDB } from './database';
import type { Contact } from '../model/contact';
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
  /** Fields the user edited in a preview win over what the page said. */
  now?: number;
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
  const result = await applyIncoming(db, incomingFromCapture(payload), {
    source: 'capture',
    now,
    seenAt: now,
    cadenceDays: options.cadenceDays,
    capture: { source: payload.source, url: safeUrl(options.url), fields },
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
