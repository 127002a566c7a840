import type { CapturedFields } from './capture';
import { LIMITS, cleanEmail, cleanLine, cleanList, cleanPhone, cleanText, safeUrl } from './text';

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
