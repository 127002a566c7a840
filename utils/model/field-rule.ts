import type { Contact, JobChange, Met } from './contact';
import type { IncomingPerson, WriteSource } from './incoming';
import { LIMITS } from './text';

/**
 * Which value of a field wins — the one rule every write path uses:
 * - every field remembers when its value was last seen (`fieldSeenAt`); a field without a time counts as seen
 *   when the record was last written (`updatedAt`);
 * - an incoming value replaces the stored one only when it was seen later; at the very same time a capture or
 *   an import (the later write) wins, while restore and sync keep what is stored so that two copies converge;
 *   an empty incoming value never erases anything;
 * - a name and an "about" from a file only fill an empty field: a file's label for someone never replaces the
 *   user's own words;
 * - lists (emails, phones, websites, tags, topics, profiles) are joined, except from sync, where a newer list
 *   replaces an older one (so a removal on another device stays removed);
 * - "how we met" is only filled in, except from sync (newer replaces);
 * - a job change (company or title moved) is recorded only when the new job replaced the old one under the rule
 *   above: forwards in time, never from older evidence;
 * - a user's edit always wins and stamps the fields it changed with the edit time (see `applyEdit`).
 */

export const SCALAR_FIELDS = ['name', 'headline', 'company', 'title', 'location', 'avatarUrl', 'about'] as const;
export type ScalarField = (typeof SCALAR_FIELDS)[number];
export const LIST_FIELDS = ['emails', 'phones', 'websites', 'tags', 'topics'] as const;
export type ListField = (typeof LIST_FIELDS)[number];
/** Every name `fieldSeenAt` may hold: a whitelist, so a stored time never sits under a user string. */
export const SEEN_FIELDS = [
  ...SCALAR_FIELDS,
  ...LIST_FIELDS,
  'profiles',
  'met',
  'cadenceDays',
  'snoozedUntil',
  'archivedAt',
] as const;
export type SeenField = (typeof SEEN_FIELDS)[number];

const FILL_ONLY_FROM_FILES: ReadonlySet<ScalarField> = new Set(['name', 'about']);

export function seenAtOf(contact: Pick<Contact, 'fieldSeenAt' | 'updatedAt'>, field: SeenField): number {
  const at = Object.hasOwn(contact.fieldSeenAt, field) ? contact.fieldSeenAt[field] : undefined;
  return typeof at === 'number' ? at : contact.updatedAt;
}

/** The heart of the rule, for one field: does the incoming value replace the stored one? */
export function incomingWins(storedEmpty: boolean, storedAt: number, incomingAt: number, source: WriteSource): boolean {
  if (storedEmpty) return true;
  return source === 'capture' || source === 'import' ? incomingAt >= storedAt : incomingAt > storedAt;
}

function fold(value: string): string {
  return value.trim().toLocaleLowerCase();
}

export function roleOf(title: string, company: string): string {
  if (title && company) return `${title} @ ${company}`;
  return title || company;
}

export interface FieldOutcome {
  contact: Contact;
  /** Fields whose value changed (a stamp alone is not a change). */
  changed: SeenField[];
  jobChanged: boolean;
}

function cloneContact(contact: Contact): Contact {
  return structuredClone(contact);
}

function joinList(stored: readonly string[], incoming: readonly string[]): string[] {
  const out = [...stored];
  const seen = new Set(stored);
  for (const value of incoming) {
    if (out.length >= LIMITS.list) break;
    if (value && !seen.has(value)) {
      seen.add(value);
      out.push(value);
    }
  }
  return out;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function metEmpty(met: Met): boolean {
  return met.context === null && !met.place && met.date === null && !met.introducedBy;
}

/**
 * Applies what a source says to a stored person under the rule above. Pure: returns a new contact (the input is
 * not touched). `seenAt` is when the source saw these values (a capture: now; a file: when it was exported).
 */
export function applyFieldRule(
  stored: Contact,
  incoming: IncomingPerson,
  options: { source: WriteSource; seenAt: number; now: number },
): FieldOutcome {
  const next = cloneContact(stored);
  const changed: SeenField[] = [];
  const at = (field: SeenField) => {
    const own =
      incoming.fieldSeenAt && Object.hasOwn(incoming.fieldSeenAt, field) ? incoming.fieldSeenAt[field] : undefined;
    return typeof own === 'number' ? own : options.seenAt;
  };
  // A value seen again moves its time forwards (never back), so older evidence cannot undo a confirmation.
  const stamp = (field: SeenField, time: number) => {
    const current = Object.hasOwn(next.fieldSeenAt, field) ? next.fieldSeenAt[field] : undefined;
    if (current === undefined) next.fieldSeenAt[field] = Math.max(time, next.updatedAt);
    else if (time > current) next.fieldSeenAt[field] = time;
  };
  const fromFile = options.source === 'import';
  const jobAt: number[] = [];

  for (const field of SCALAR_FIELDS) {
    const value = incoming[field];
    if (value === undefined || value === '') continue;
    const incomingAt = at(field);
    if (next[field] === value) {
      stamp(field, incomingAt);
      continue;
    }
    if (fromFile && next[field] !== '' && FILL_ONLY_FROM_FILES.has(field)) continue;
    if (!incomingWins(next[field] === '', seenAtOf(next, field), incomingAt, options.source)) continue;
    next[field] = value;
    next.fieldSeenAt[field] = incomingAt;
    changed.push(field);
    if (field === 'company' || field === 'title') jobAt.push(incomingAt);
  }

  for (const field of LIST_FIELDS) {
    const values = incoming[field];
    if (values === undefined) continue;
    const incomingAt = at(field);
    const replace = options.source === 'sync' && incomingAt > seenAtOf(next, field);
    const merged = replace ? [...values].slice(0, LIMITS.list) : joinList(next[field], values);
    if (!sameList(merged, next[field])) {
      next[field] = merged;
      next.fieldSeenAt[field] = Math.max(incomingAt, replace ? incomingAt : seenAtOf(stored, field));
      changed.push(field);
    } else if (values.length) stamp(field, incomingAt);
  }

  const keysBefore = next.profileKeys.length;
  const urlsBefore = next.profiles.length;
  for (const key of incoming.profileKeys ?? []) {
    if (key && !next.profileKeys.includes(key) && next.profileKeys.length < LIMITS.list) next.profileKeys.push(key);
  }
  for (const profile of incoming.profiles ?? []) {
    if (profile.url && !next.profiles.some((p) => p.url === profile.url) && next.profiles.length < LIMITS.list) {
      next.profiles.push({ kind: profile.kind, url: profile.url });
    }
  }
  if (next.profileKeys.length !== keysBefore || next.profiles.length !== urlsBefore) {
    next.fieldSeenAt.profiles = Math.max(at('profiles'), seenAtOf(stored, 'profiles'));
    changed.push('profiles');
  }

  if (incoming.met) {
    const metAt = at('met');
    const given: Met = {
      context: incoming.met.context ?? null,
      place: incoming.met.place ?? '',
      date: incoming.met.date ?? null,
      introducedBy: incoming.met.introducedBy ?? '',
    };
    let met: Met;
    if (options.source === 'sync' && metAt > seenAtOf(next, 'met') && !metEmpty(given)) met = given;
    else {
      met = {
        context: next.met.context ?? given.context,
        place: next.met.place || given.place,
        date: next.met.date ?? given.date,
        introducedBy: next.met.introducedBy || given.introducedBy,
      };
    }
    if (JSON.stringify(met) !== JSON.stringify(next.met)) {
      next.met = met;
      next.fieldSeenAt.met = Math.max(metAt, metEmpty(stored.met) ? metAt : seenAtOf(stored, 'met'));
      changed.push('met');
    }
  }

  if (options.source === 'sync') {
    for (const field of ['cadenceDays', 'snoozedUntil', 'archivedAt'] as const) {
      const value = incoming[field];
      if (value === undefined || value === next[field]) continue;
      const incomingAt = at(field);
      if (!(incomingAt > seenAtOf(next, field))) continue;
      next[field] = value;
      next.fieldSeenAt[field] = incomingAt;
      changed.push(field);
    }
  }
  if (
    typeof incoming.lastInteractionAt === 'number' &&
    incoming.lastInteractionAt > (next.lastInteractionAt ?? -Infinity)
  ) {
    next.lastInteractionAt = incoming.lastInteractionAt;
  }

  // A first-seen company or title is a fill-in, not a move: both the old and the new value must be known.
  const moved = (field: 'company' | 'title') =>
    changed.includes(field) && stored[field] !== '' && fold(stored[field]) !== fold(next[field]);
  let jobChanged = false;
  if (moved('company') || moved('title')) {
    const seenAt = Math.max(...jobAt);
    const change: JobChange = {
      from: roleOf(stored.title, stored.company),
      to: roleOf(next.title, next.company),
      seenAt,
    };
    if (!stored.jobChange || stored.jobChange.seenAt <= seenAt) {
      next.jobChange = change;
      jobChanged = true;
    }
  }
  return { contact: next, changed, jobChanged };
}

/** The fields a user may edit, as the edit form and the popup send them. */
export type EditableField =
  ScalarField | ListField | 'met' | 'cadenceDays' | 'snoozedUntil' | 'archivedAt' | 'jobChange';
export type ContactEdit = Partial<Pick<Contact, EditableField>>;

/**
 * A user's edit: only the fields in `edit` are written, onto the current record, and each changed one is stamped
 * with the edit time — so a file exported before the edit never brings the old value back.
 */
export function applyEdit(stored: Contact, edit: ContactEdit, now: number): FieldOutcome {
  const next = cloneContact(stored);
  const changed: SeenField[] = [];
  for (const field of Object.keys(edit) as EditableField[]) {
    const value = edit[field];
    if (value === undefined) continue;
    if (JSON.stringify(value) === JSON.stringify(next[field])) continue;
    (next as Record<EditableField, unknown>)[field] = structuredClone(value);
    if (field !== 'jobChange') {
      next.fieldSeenAt[field] = now;
      changed.push(field);
    }
  }
  return { contact: next, changed, jobChanged: false };
}

function filled(contact: Contact, field: SeenField): boolean {
  const value = contact[field];
  if (Array.isArray(value)) return value.length > 0;
  if (field === 'profiles') return contact.profiles.length > 0 || contact.profileKeys.length > 0;
  if (field === 'met') return typeof contact.met === 'object' && contact.met !== null && !metEmpty(contact.met);
  return value !== '' && value !== null && value !== undefined;
}

/** Gives every filled field without a time the record's `updatedAt` (the version 2 upgrade; restore of old files). */
export function stampFilledFields(contact: Contact): Contact {
  const next = { ...contact, fieldSeenAt: { ...contact.fieldSeenAt } };
  for (const field of SEEN_FIELDS) {
    if (!Object.hasOwn(next.fieldSeenAt, field) && filled(contact, field)) next.fieldSeenAt[field] = contact.updatedAt;
  }
  return next;
}
