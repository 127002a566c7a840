import type { Contact, ProfileLink } from './contact';
import { PROFILE_KINDS } from './contact';
import type { ContactEdit } from './field-rule';
import type { IncomingPerson } from './incoming';
import { cleanMet } from './contact-clean';
import { normalizeProfileKey } from './keys';
import { LIMITS, cleanEmail, cleanLine, cleanList, cleanPhone, cleanTag, cleanText, safeUrl } from './text';

/**
 * What a source brings, cleaned with the same rules as a stored person (utils/model/contact-clean.ts) before
 * identity or the field rule look at it: a hostile value never reaches a comparison or the database.
 */

function webOnly(url: unknown): string {
  const safe = safeUrl(url);
  return safe.startsWith('http:') || safe.startsWith('https:') ? safe : '';
}

function list(
  values: readonly unknown[] | undefined,
  clean: (v: unknown) => string,
  max: number = LIMITS.url,
): string[] | undefined {
  if (!Array.isArray(values)) return undefined;
  return cleanList(values.map(clean).filter(Boolean), max);
}

function finite(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

export function cleanIncoming(incoming: IncomingPerson): IncomingPerson {
  const out: IncomingPerson = {};
  if (typeof incoming.id === 'string' && incoming.id) out.id = cleanLine(incoming.id, 100);
  if (incoming.name !== undefined) out.name = cleanLine(incoming.name, LIMITS.name);
  for (const key of ['headline', 'company', 'title', 'location'] as const) {
    if (incoming[key] !== undefined) out[key] = cleanLine(incoming[key], LIMITS.short);
  }
  if (incoming.avatarUrl !== undefined) out.avatarUrl = webOnly(incoming.avatarUrl);
  if (incoming.about !== undefined) out.about = cleanText(incoming.about, LIMITS.long);
  const emails = list(incoming.emails, cleanEmail);
  if (emails) out.emails = emails;
  const phones = list(incoming.phones, cleanPhone);
  if (phones) out.phones = phones;
  const websites = list(incoming.websites, webOnly);
  if (websites) out.websites = websites;
  const tags = list(incoming.tags, cleanTag, LIMITS.tag);
  if (tags) out.tags = tags;
  const topics = list(incoming.topics, (v) => cleanLine(v, LIMITS.short), LIMITS.short);
  if (topics) out.topics = topics;
  if (incoming.profileKeys) {
    out.profileKeys = cleanList(
      incoming.profileKeys
        .map((k) => (typeof k === 'string' ? normalizeProfileKey(k) : ''))
        .filter((k) => /^[a-z]+:./.test(k)),
      LIMITS.url + 50,
    );
  }
  if (incoming.profiles) {
    const profiles: ProfileLink[] = [];
    for (const p of incoming.profiles) {
      const url = webOnly(p?.url);
      if (
        url &&
        PROFILE_KINDS.includes(p.kind) &&
        !profiles.some((o) => o.url === url) &&
        profiles.length < LIMITS.list
      ) {
        profiles.push({ kind: p.kind, url });
      }
    }
    out.profiles = profiles;
  }
  if (incoming.met) out.met = cleanMet({ ...incoming.met });
  if (incoming.cadenceDays !== undefined) {
    const c = incoming.cadenceDays;
    out.cadenceDays = typeof c === 'number' && Number.isInteger(c) && c > 0 && c <= 3650 ? c : null;
  }
  for (const key of ['snoozedUntil', 'archivedAt', 'lastInteractionAt'] as const) {
    if (incoming[key] !== undefined) out[key] = finite(incoming[key]);
  }
  if (incoming.fieldSeenAt) {
    const seen: Record<string, number> = {};
    for (const [field, at] of Object.entries(incoming.fieldSeenAt)) {
      if (field !== '__proto__' && typeof at === 'number' && Number.isFinite(at)) seen[field] = at;
    }
    out.fieldSeenAt = seen;
  }
  return out;
}

/** A user's edit, cleaned the same way. Fields absent stay absent; present ones may become '' or []. */
export function cleanEdit(edit: ContactEdit): ContactEdit {
  const out: ContactEdit = {};
  const incoming = cleanIncoming(edit as IncomingPerson);
  for (const key of ['name', 'headline', 'company', 'title', 'location', 'avatarUrl', 'about'] as const) {
    if (edit[key] !== undefined) out[key] = incoming[key] ?? '';
  }
  for (const key of ['emails', 'phones', 'websites', 'tags', 'topics'] as const) {
    if (edit[key] !== undefined) out[key] = [...(incoming[key] ?? [])];
  }
  if (edit.met !== undefined) out.met = cleanMet(edit.met);
  if (edit.cadenceDays !== undefined) out.cadenceDays = incoming.cadenceDays ?? null;
  if (edit.snoozedUntil !== undefined) out.snoozedUntil = incoming.snoozedUntil ?? null;
  if (edit.archivedAt !== undefined) out.archivedAt = incoming.archivedAt ?? null;
  if (edit.jobChange !== undefined)
    out.jobChange = edit.jobChange === null ? null : (edit.jobChange as Contact['jobChange']);
  return out;
}
