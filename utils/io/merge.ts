import type { Contact } from '../model/contact';
import { emptyMet } from '../model/contact';
import { newContact } from '../db/contacts';
import { computeDueAt, resolveCadence } from '../cadence/due';
import { IdentityIndex } from './match';
import type { ImportRecord } from './types';

/** The part of the settings that gives new people their cadence (passed in so that io stays pure). */
export interface CadencePolicy {
  defaultCadenceDays: number | null;
  tagCadences: Readonly<Record<string, number>>;
}

function union(into: string[], more: readonly string[]): boolean {
  let changed = false;
  for (const value of more) {
    if (!into.includes(value)) {
      into.push(value);
      changed = true;
    }
  }
  return changed;
}

function copyRecord(record: ImportRecord): ImportRecord {
  return {
    ...record,
    emails: [...record.emails],
    phones: [...record.phones],
    websites: [...record.websites],
    profiles: record.profiles.map((p) => ({ ...p })),
    profileKeys: [...record.profileKeys],
    tags: [...record.tags],
  };
}

/**
 * Folds rows that describe the same person (a file exported twice into one, a card listed twice) into one
 * record before anything is written. Later rows win for single values, lists are joined, the earliest
 * "met" day is kept. Without this a second import could flip a field back and forth and never settle.
 */
export function collapseDuplicates(records: readonly ImportRecord[]): { records: ImportRecord[]; duplicates: number } {
  const index = new IdentityIndex<ImportRecord>();
  const out: ImportRecord[] = [];
  const position = new Map<ImportRecord, number>();
  let duplicates = 0;
  for (const record of records) {
    const hit = index.find(record);
    if (!hit) {
      const copy = copyRecord(record);
      position.set(copy, out.length);
      out.push(copy);
      index.add(copy);
      continue;
    }
    duplicates++;
    const merged = copyRecord(hit);
    for (const key of ['name', 'company', 'title', 'headline', 'location', 'about'] as const) {
      if (record[key]) merged[key] = record[key];
    }
    for (const key of ['emails', 'phones', 'websites', 'tags', 'profileKeys'] as const) union(merged[key], record[key]);
    for (const profile of record.profiles) {
      if (!merged.profiles.some((p) => p.url === profile.url)) merged.profiles.push(profile);
    }
    if (record.metDate !== null) merged.metDate = merged.metDate === null ? record.metDate : Math.min(merged.metDate, record.metDate);
    const at = position.get(hit)!;
    out[at] = merged;
    position.delete(hit);
    position.set(merged, at);
    index.replace(hit, merged);
  }
  return { records: out, duplicates };
}

/** A new person from an imported record: cadence from the settings' policy, `dueAt` derived. */
export function contactFromRecord(record: ImportRecord, cadence: CadencePolicy, now: number): Contact {
  const seen: Record<string, number> = {};
  for (const key of ['name', 'company', 'title', 'headline', 'location', 'about', 'emails', 'phones', 'websites'] as const) {
    if (record[key].length) seen[key] = now;
  }
  return newContact(
    {
      name: record.name,
      company: record.company,
      title: record.title,
      headline: record.headline,
      location: record.location,
      about: record.about,
      profiles: record.profiles.map((p) => ({ ...p })),
      profileKeys: [...record.profileKeys],
      emails: [...record.emails],
      phones: [...record.phones],
      websites: [...record.websites],
      tags: [...record.tags],
      met: { ...emptyMet(), date: record.metDate },
      cadenceDays: resolveCadence(record.tags, cadence.defaultCadenceDays, cadence.tagCadences),
      fieldSeenAt: seen,
    },
    now,
  );
}

function sameText(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase() === b.trim().toLocaleLowerCase();
}

/**
 * What an import adds to someone already saved, or null when it adds nothing (so a second import of the same
 * file writes nothing). The file's current job wins (and a move is remembered as a job change, as when the
 * profile is saved from the page); what the user wrote — name, about, cadence, the day they met — is only
 * filled in when empty; lists are joined.
 */
export function mergeIntoContact(existing: Contact, record: ImportRecord, now: number): Contact | null {
  const next: Contact = {
    ...existing,
    profiles: [...existing.profiles],
    profileKeys: [...existing.profileKeys],
    emails: [...existing.emails],
    phones: [...existing.phones],
    websites: [...existing.websites],
    tags: [...existing.tags],
    met: { ...existing.met },
    fieldSeenAt: { ...existing.fieldSeenAt },
  };
  const changed: string[] = [];
  if (!next.name && record.name) {
    next.name = record.name;
    changed.push('name');
  }
  if (!next.about && record.about) {
    next.about = record.about;
    changed.push('about');
  }
  for (const key of ['company', 'title', 'headline', 'location'] as const) {
    if (record[key] && record[key] !== next[key]) {
      next[key] = record[key];
      changed.push(key);
    }
  }
  const moved = (key: 'company' | 'title') =>
    changed.includes(key) && existing[key] !== '' && !sameText(existing[key], next[key]);
  if (moved('company') || moved('title')) {
    const role = (title: string, company: string) => (title && company ? `${title} @ ${company}` : title || company);
    next.jobChange = { from: role(existing.title, existing.company), to: role(next.title, next.company), seenAt: now };
  }
  for (const key of ['emails', 'phones', 'websites', 'tags'] as const) if (union(next[key], record[key])) changed.push(key);
  record.profileKeys.forEach((key, i) => {
    if (next.profileKeys.includes(key)) return;
    next.profileKeys.push(key);
    const profile = record.profiles[i];
    if (profile && !next.profiles.some((p) => p.url === profile.url)) next.profiles.push({ ...profile });
    changed.push('profiles');
  });
  if (next.met.date === null && record.metDate !== null) {
    next.met.date = record.metDate;
    changed.push('met');
  }
  if (changed.length === 0) return null;
  for (const key of changed) if (key !== 'tags' && key !== 'profiles' && key !== 'met') next.fieldSeenAt[key] = now;
  next.updatedAt = now;
  next.dueAt = computeDueAt(next);
  return next;
}

export interface ChunkPlan {
  writes: Contact[];
  created: number;
  updated: number;
  unchanged: number;
}

/** Decides, for one chunk, who is new, who is updated and who is already up to date. Pure. */
export function planChunk(
  records: readonly ImportRecord[],
  existing: readonly Contact[],
  cadence: CadencePolicy,
  now: number,
): ChunkPlan {
  const index = new IdentityIndex<Contact>(existing);
  const pending = new Map<string, Contact>();
  const createdIds = new Set<string>();
  let updated = 0;
  let unchanged = 0;
  for (const record of records) {
    const hit = index.find(record);
    if (!hit) {
      const contact = contactFromRecord(record, cadence, now);
      index.add(contact);
      pending.set(contact.id, contact);
      createdIds.add(contact.id);
      continue;
    }
    const merged = mergeIntoContact(hit, record, now);
    if (!merged) {
      if (!createdIds.has(hit.id) && !pending.has(hit.id)) unchanged++;
      continue;
    }
    index.replace(hit, merged);
    if (!createdIds.has(hit.id) && !pending.has(hit.id)) updated++;
    pending.set(merged.id, merged);
  }
  return { writes: [...pending.values()], created: createdIds.size, updated, unchanged };
}
