import type { IncomingPerson } from '../model/incoming';
import { IdentityIndex, sharedWithinBatch } from '../model/identity';
import { resolveCadence } from '../cadence/due';
import type { ImportRecord } from './types';

/** The part of the settings that gives new people their cadence (passed in so that io stays pure). */
export interface CadencePolicy {
  defaultCadenceDays: number | null;
  tagCadences: Readonly<Record<string, number>>;
  /** When set, only people met (connected) on or after this time get a cadence; the rest join untracked. */
  metSince?: number;
}

function union(into: string[], more: readonly string[]): void {
  for (const value of more) if (!into.includes(value)) into.push(value);
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
 * record before anything is written, by the same identity rule as the write path (utils/model/identity.ts): a
 * profile key, an email or a phone that only this person has in the file, or the very same row again. Later rows
 * win for single values, lists are joined, the earliest "met" day is kept.
 */
export function collapseDuplicates(records: readonly ImportRecord[]): { records: ImportRecord[]; duplicates: number } {
  const index = new IdentityIndex<ImportRecord>([], sharedWithinBatch(records));
  const out: ImportRecord[] = [];
  const position = new Map<ImportRecord, number>();
  let duplicates = 0;
  for (const record of records) {
    const verdict = index.decide(record);
    if (verdict.kind !== 'same') {
      const copy = copyRecord(record);
      position.set(copy, out.length);
      out.push(copy);
      index.add(copy);
      continue;
    }
    const hit = verdict.person;
    duplicates++;
    const merged = copyRecord(hit);
    for (const key of ['name', 'company', 'title', 'headline', 'location', 'about'] as const) {
      if (record[key]) merged[key] = record[key];
    }
    for (const key of ['emails', 'phones', 'websites', 'tags', 'profileKeys'] as const) union(merged[key], record[key]);
    for (const profile of record.profiles) {
      if (!merged.profiles.some((p) => p.url === profile.url)) merged.profiles.push(profile);
    }
    if (record.metDate !== null)
      merged.metDate = merged.metDate === null ? record.metDate : Math.min(merged.metDate, record.metDate);
    const at = position.get(hit)!;
    out[at] = merged;
    position.delete(hit);
    position.set(merged, at);
    index.replace(hit, merged);
  }
  return { records: out, duplicates };
}

/** An imported record as the write path takes it. Empty values are left out: a file's blank never erases. */
export function incomingFromRecord(record: ImportRecord): IncomingPerson {
  const incoming: IncomingPerson = {
    name: record.name,
    profiles: record.profiles,
    profileKeys: record.profileKeys,
    emails: record.emails,
    phones: record.phones,
    websites: record.websites,
    tags: record.tags,
  };
  for (const key of ['company', 'title', 'headline', 'location', 'about'] as const)
    if (record[key]) incoming[key] = record[key];
  if (record.metDate !== null) incoming.met = { date: record.metDate };
  return incoming;
}

/** The cadence a new imported person gets from the policy and their tags. */
export function cadenceOf(policy: CadencePolicy): (person: IncomingPerson) => number | null {
  const since = policy.metSince;
  return (person) => {
    if (since !== undefined && (person.met?.date ?? -Infinity) < since) return null;
    return resolveCadence(person.tags ?? [], policy.defaultCadenceDays, policy.tagCadences);
  };
}
