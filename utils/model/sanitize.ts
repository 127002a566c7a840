import type { CapturedFields } from './capture';
import type { MetContext } from './contact';
import { LIMITS, cleanEmail, cleanLine, cleanList, cleanPhone, cleanTag, cleanText, safeUrl } from './text';

function onlyWeb(url: string): string {
  return url.startsWith('http:') || url.startsWith('https:') ? url : '';
}

/** Cleans what a page or a file claims about a person; empty values are dropped. */
export function sanitizeFields(fields: CapturedFields): CapturedFields {
  const out: CapturedFields = {};
  const name = cleanLine(fields.name, LIMITS.name);
  if (name) out.name = name;
  for (const key of ['headline', 'company', 'title', 'location', 'birthday'] as const) {
    const value = cleanLine(fields[key], LIMITS.short);
    if (value) out[key] = value;
  }
  const avatarUrl = onlyWeb(safeUrl(fields.avatarUrl));
  if (avatarUrl) out.avatarUrl = avatarUrl;
  const about = cleanText(fields.about, LIMITS.long);
  if (about) out.about = about;
  const emails = uniq((fields.emails ?? []).map(cleanEmail));
  if (emails.length) out.emails = emails;
  const phones = uniq((fields.phones ?? []).map(cleanPhone));
  if (phones.length) out.phones = phones;
  const websites = uniq((fields.websites ?? []).map((u) => onlyWeb(safeUrl(u))));
  if (websites.length) out.websites = websites;
  return out;
}

function uniq(values: string[]): string[] {
  return cleanList(values.filter(Boolean), LIMITS.url);
}

/** The editable fields of a person, as a user's edit or an import patch may carry them. */
export interface PersonPatchFields {
  name?: string;
  headline?: string;
  company?: string;
  title?: string;
  location?: string;
  avatarUrl?: string;
  about?: string;
  emails?: string[];
  phones?: string[];
  websites?: string[];
  tags?: string[];
  topics?: string[];
  met?: { context: MetContext | null; place: string; date: number | null; introducedBy: string };
}

/**
 * Cleans an edit the same way a capture is cleaned, so the repository enforces the text and link rules
 * whatever the caller did. Fields absent from the patch stay absent; present ones may become '' or [].
 */
export function sanitizePatch<P extends PersonPatchFields>(patch: P): P {
  const out: P = { ...patch };
  if (patch.name !== undefined) out.name = cleanLine(patch.name, LIMITS.name);
  for (const key of ['headline', 'company', 'title', 'location'] as const) {
    if (patch[key] !== undefined) out[key] = cleanLine(patch[key], LIMITS.short);
  }
  if (patch.avatarUrl !== undefined) out.avatarUrl = onlyWeb(safeUrl(patch.avatarUrl));
  if (patch.about !== undefined) out.about = cleanText(patch.about, LIMITS.long);
  if (patch.emails !== undefined) out.emails = uniq(patch.emails.map(cleanEmail));
  if (patch.phones !== undefined) out.phones = uniq(patch.phones.map(cleanPhone));
  if (patch.websites !== undefined) out.websites = uniq(patch.websites.map((u) => onlyWeb(safeUrl(u))));
  if (patch.tags !== undefined) out.tags = cleanList(patch.tags.map(cleanTag), LIMITS.tag);
  if (patch.topics !== undefined) out.topics = cleanList(patch.topics, LIMITS.short);
  if (patch.met !== undefined) {
    out.met = {
      context: patch.met.context,
      place: cleanLine(patch.met.place, LIMITS.short),
      date: patch.met.date,
      introducedBy: cleanLine(patch.met.introducedBy, LIMITS.name),
    };
  }
  return out;
}
