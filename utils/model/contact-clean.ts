import { MET_CONTEXTS, PROFILE_KINDS, type Contact, type Met, type ProfileLink } from './contact';
import { SEEN_FIELDS } from './field-rule';
import { normalizeProfileKey } from './keys';
import { LIMITS, cleanEmail, cleanLine, cleanList, cleanPhone, cleanTag, cleanText, safeUrl } from './text';

/**
 * The one set of text, link and size rules for a stored person. Every write path puts the record it is about
 * to write through here (capture, edit, import, merge, restore, sync), so whatever the app writes, its own
 * restore accepts: lists capped at LIMITS.list, URLs at LIMITS.url, only http(s) links for profiles, websites
 * and the avatar, text without bidi overrides, NUL or invisible fillers.
 */

function webOnly(url: unknown): string {
  const safe = safeUrl(url);
  return safe.startsWith('http:') || safe.startsWith('https:') ? safe : '';
}

function time(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

function cleanProfiles(profiles: unknown): ProfileLink[] {
  if (!Array.isArray(profiles)) return [];
  const out: ProfileLink[] = [];
  for (const p of profiles) {
    if (out.length >= LIMITS.list) break;
    if (typeof p !== 'object' || p === null) continue;
    const { kind, url } = p as { kind?: unknown; url?: unknown };
    const clean = webOnly(url);
    if (!clean || !(PROFILE_KINDS as readonly unknown[]).includes(kind) || out.some((o) => o.url === clean)) continue;
    out.push({ kind: kind as ProfileLink['kind'], url: clean });
  }
  return out;
}

function cleanKeys(keys: unknown): string[] {
  if (!Array.isArray(keys)) return [];
  const out: string[] = [];
  for (const key of keys) {
    if (out.length >= LIMITS.list) break;
    if (typeof key !== 'string') continue;
    const clean = normalizeProfileKey(cleanLine(key, LIMITS.url + 50));
    if (/^[a-z]+:./.test(clean) && !out.includes(clean)) out.push(clean);
  }
  return out;
}

function cleanUrls(values: unknown, clean: (v: unknown) => string): string[] {
  if (!Array.isArray(values)) return [];
  return cleanList(values.map(clean).filter(Boolean), LIMITS.url);
}

export function cleanMet(met: Partial<Met> | undefined | null): Met {
  const context = (MET_CONTEXTS as readonly unknown[]).includes(met?.context) ? (met!.context as Met['context']) : null;
  return {
    context,
    place: cleanLine(met?.place, LIMITS.short),
    date: time(met?.date),
    introducedBy: cleanLine(met?.introducedBy, LIMITS.name),
  };
}

function cleanSeen(seen: unknown): Record<string, number> {
  const out: Record<string, number> = {};
  if (typeof seen !== 'object' || seen === null) return out;
  // Only our own field names are copied: a stored `__proto__` or `constructor` key is simply dropped.
  for (const field of SEEN_FIELDS) {
    const value = Object.hasOwn(seen, field) ? (seen as Record<string, unknown>)[field] : undefined;
    const at = time(value);
    if (at !== null) out[field] = at;
  }
  return out;
}

function cleanCadence(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value <= 3650 ? value : null;
}

/** A person as the database may hold them. `dueAt` is left to the caller (it belongs to utils/cadence). */
export function cleanContact(contact: Contact): Contact {
  const jobChange =
    contact.jobChange && time(contact.jobChange.seenAt) !== null
      ? {
          from: cleanLine(contact.jobChange.from, LIMITS.short * 2),
          to: cleanLine(contact.jobChange.to, LIMITS.short * 2),
          seenAt: contact.jobChange.seenAt,
        }
      : null;
  const createdAt = time(contact.createdAt) ?? 0;
  return {
    id: cleanLine(contact.id, 100),
    name: cleanLine(contact.name, LIMITS.name),
    headline: cleanLine(contact.headline, LIMITS.short),
    company: cleanLine(contact.company, LIMITS.short),
    title: cleanLine(contact.title, LIMITS.short),
    location: cleanLine(contact.location, LIMITS.short),
    avatarUrl: webOnly(contact.avatarUrl),
    about: cleanText(contact.about, LIMITS.long),
    profiles: cleanProfiles(contact.profiles),
    profileKeys: cleanKeys(contact.profileKeys),
    emails: cleanUrls(contact.emails, cleanEmail),
    phones: cleanUrls(contact.phones, cleanPhone),
    websites: cleanUrls(contact.websites, webOnly),
    tags: Array.isArray(contact.tags) ? cleanList(contact.tags.map(cleanTag), LIMITS.tag) : [],
    met: cleanMet(contact.met),
    topics: cleanList(contact.topics, LIMITS.short),
    cadenceDays: cleanCadence(contact.cadenceDays),
    lastInteractionAt: time(contact.lastInteractionAt),
    snoozedUntil: time(contact.snoozedUntil),
    dueAt: time(contact.dueAt),
    jobChange,
    fieldSeenAt: cleanSeen(contact.fieldSeenAt),
    createdAt,
    updatedAt: time(contact.updatedAt) ?? createdAt,
    archivedAt: time(contact.archivedAt),
  };
}
