import type { TsunagariDB } from './database';
import type { Contact, ProfileLink } from '../model/contact';
import { emptyMet } from '../model/contact';
import type { CapturePayload, CapturedFields } from '../model/capture';
import { sanitizeFields, sanitizePatch } from '../model/sanitize';
import { safeUrl } from '../model/text';
import { newId } from '../model/ids';
import { computeDueAt } from '../cadence/due';

export type SaveStatus = 'created' | 'updated' | 'unchanged';

export interface SaveResult {
  status: SaveStatus;
  contactId: string;
  jobChanged: boolean;
}

export interface SaveOptions {
  /** The page the person was captured on; for LinkedIn the background takes it from the sender. */
  url: string;
  /** Cadence for a new person (from settings); ignored for people already saved. */
  cadenceDays: number | null;
  /** Fields the user edited in a preview win over what the page said. */
  now?: number;
}

export function newContact(fields: Partial<Contact>, now: number): Contact {
  const contact: Contact = {
    id: newId(),
    name: '',
    headline: '',
    company: '',
    title: '',
    location: '',
    avatarUrl: '',
    about: '',
    profiles: [],
    profileKeys: [],
    emails: [],
    phones: [],
    websites: [],
    tags: [],
    met: emptyMet(),
    topics: [],
    cadenceDays: null,
    lastInteractionAt: null,
    snoozedUntil: null,
    dueAt: null,
    jobChange: null,
    fieldSeenAt: {},
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
    ...fields,
  };
  contact.dueAt = computeDueAt(contact);
  return contact;
}

export function findByProfileKey(db: TsunagariDB, key: string): Promise<Contact | undefined> {
  return db.contacts.where('profileKeys').equals(key).first();
}

function roleOf(title: string, company: string): string {
  if (title && company) return `${title} @ ${company}`;
  return title || company;
}

function same(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

const SCALAR_FIELDS = ['name', 'headline', 'company', 'title', 'location', 'avatarUrl', 'about'] as const;
const LIST_FIELDS = ['emails', 'phones', 'websites'] as const;

/** Applies captured fields to a contact; returns the names of the fields that changed. */
function applyFields(contact: Contact, fields: CapturedFields, now: number): string[] {
  const changed: string[] = [];
  for (const key of SCALAR_FIELDS) {
    const value = fields[key];
    if (value === undefined) continue;
    contact.fieldSeenAt[key] = now;
    if (contact[key] !== value) {
      contact[key] = value;
      changed.push(key);
    }
  }
  for (const key of LIST_FIELDS) {
    const values = fields[key];
    if (!values) continue;
    contact.fieldSeenAt[key] = now;
    const merged = [...contact[key]];
    for (const value of values) if (!merged.includes(value)) merged.push(value);
    if (merged.length !== contact[key].length) {
      contact[key] = merged;
      changed.push(key);
    }
  }
  return changed;
}

function addProfile(contact: Contact, key: string | null, profile: ProfileLink | null): boolean {
  let changed = false;
  if (key && !contact.profileKeys.includes(key)) {
    contact.profileKeys.push(key);
    changed = true;
  }
  const url = profile ? safeUrl(profile.url) : '';
  if (profile && url && !contact.profiles.some((p) => p.url === url)) {
    contact.profiles.push({ kind: profile.kind, url });
    changed = true;
  }
  return changed;
}

/**
 * Saves what a capture saw: a new person, or an update of the person with the same canonical key.
 * One transaction: the contact and its capture record are written together or not at all.
 */
export async function saveCapture(db: TsunagariDB, payload: CapturePayload, options: SaveOptions): Promise<SaveResult> {
  const now = options.now ?? Date.now();
  const fields = sanitizeFields(payload.fields);
  const key = payload.profileKey;
  if (!fields.name && !key) throw new Error('A capture needs a name or a profile key.');

  return db.transaction('rw', db.contacts, db.captures, async () => {
    const existing = key ? await findByProfileKey(db, key) : undefined;
    let result: SaveResult;
    if (existing) {
      const contact = structuredClone(existing);
      const oldRole = roleOf(contact.title, contact.company);
      const changed = applyFields(contact, fields, now);
      const profileChanged = addProfile(contact, key, payload.profile);
      const newRole = roleOf(contact.title, contact.company);
      // A value seen for the first time is a fill-in, not a move: both sides must be known.
      const moved = (field: 'company' | 'title') =>
        changed.includes(field) && existing[field] !== '' && !same(existing[field], contact[field]);
      const jobChanged = moved('company') || moved('title');
      if (jobChanged) contact.jobChange = { from: oldRole, to: newRole, seenAt: now };
      const touched = changed.length > 0 || profileChanged;
      if (touched) contact.updatedAt = now;
      await db.contacts.put(contact);
      result = { status: touched ? 'updated' : 'unchanged', contactId: contact.id, jobChanged };
    } else {
      if (!fields.name) throw new Error('A new person needs a name.');
      const contact = newContact({ cadenceDays: options.cadenceDays }, now);
      applyFields(contact, fields, now);
      addProfile(contact, key, payload.profile);
      contact.dueAt = computeDueAt(contact);
      await db.contacts.add(contact);
      result = { status: 'created', contactId: contact.id, jobChanged: false };
    }
    await db.captures.add({
      id: newId(),
      contactId: result.contactId,
      at: now,
      source: payload.source,
      url: safeUrl(options.url),
      fields,
    });
    return result;
  });
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

/** Applies a user's edit — cleaned like a capture — and re-derives `dueAt`, in one transaction. */
export async function updateContact(db: TsunagariDB, id: string, patch: ContactPatch, now = Date.now()): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const existing = await db.contacts.get(id);
    if (!existing) throw new Error(`No person with id ${id}.`);
    const contact: Contact = { ...existing, ...sanitizePatch(patch), updatedAt: now };
    if (!contact.name) throw new Error('A person needs a name.');
    contact.dueAt = computeDueAt(contact);
    await db.contacts.put(contact);
    return contact;
  });
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
