import type { ProfileLink } from '../model/contact';
import { sanitizeFields } from '../model/sanitize';
import { LIMITS, cleanLine, cleanTag, cleanText, safeUrl } from '../model/text';
import { linkedinSlug, linkedinProfileUrl } from '../model/keys';
import type { ImportRecord } from './types';

/** What a parser found for one person, before cleaning. Every parser builds its records through here. */
export interface RawRecord {
  row: number;
  name?: string;
  firstName?: string;
  /** Kept: "Emilio Gómez Molina" is not "Emilio Molina". */
  middleName?: string;
  lastName?: string;
  company?: string;
  title?: string;
  headline?: string;
  location?: string;
  about?: string;
  emails?: string[];
  phones?: string[];
  /** Any web address: LinkedIn profile URLs become profiles with a canonical key, the rest websites. */
  urls?: string[];
  tags?: string[];
  metDate?: number | null;
}

/** Japanese (and Chinese, Korean) names read family name first, without a space: 山田太郎. */
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\uac00-\ud7af]/;

export function joinName(first: string, last: string, middle = ''): string {
  const given = [first, middle]
    .map((part) => cleanLine(part, LIMITS.name))
    .filter(Boolean)
    .join(' ');
  const l = cleanLine(last, LIMITS.name);
  if (!given || !l) return given || l;
  return CJK.test(given + l) ? `${l} ${given}` : `${given} ${l}`;
}

function splitList(values: string[] | undefined): string[] {
  return (values ?? []).map((v) => v.trim()).filter(Boolean);
}

/** Cleans a raw record: sanitized text, safe URLs only, canonical LinkedIn keys. */
export function buildRecord(raw: RawRecord): ImportRecord {
  const fields = sanitizeFields({
    name: raw.name?.trim() ? raw.name : joinName(raw.firstName ?? '', raw.lastName ?? '', raw.middleName ?? ''),
    company: raw.company,
    title: raw.title,
    headline: raw.headline,
    location: raw.location,
    about: raw.about,
    emails: splitList(raw.emails),
    phones: splitList(raw.phones),
  });
  const profiles: ProfileLink[] = [];
  const profileKeys: string[] = [];
  const websites: string[] = [];
  for (const value of splitList(raw.urls)) {
    const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(value) ? value : `https://${value}`;
    // One URL parse per address: a 30,000-row import spends most of its parsing time here.
    const slug = linkedinSlug(withScheme.replace(/^http:/i, 'https:'));
    if (slug) {
      const key = `linkedin:${slug}`;
      if (!profileKeys.includes(key)) {
        profileKeys.push(key);
        // The canonical URL, so that the same person exported and imported again stays identical.
        profiles.push({ kind: 'linkedin', url: linkedinProfileUrl(slug) });
      }
      continue;
    }
    const url = safeUrl(withScheme);
    if (url && /^https?:/.test(url) && !websites.includes(url)) websites.push(url);
  }
  const tags: string[] = [];
  for (const tag of raw.tags ?? []) {
    const clean = cleanTag(tag);
    if (clean && !tags.includes(clean) && tags.length < LIMITS.list) tags.push(clean);
  }
  return {
    row: raw.row,
    name: fields.name ?? '',
    company: fields.company ?? '',
    title: fields.title ?? '',
    headline: fields.headline ?? '',
    location: fields.location ?? '',
    about: cleanText(fields.about ?? '', LIMITS.long),
    emails: fields.emails ?? [],
    phones: fields.phones ?? [],
    websites: websites.slice(0, LIMITS.list),
    profiles: profiles.slice(0, LIMITS.list),
    profileKeys: profileKeys.slice(0, LIMITS.list),
    tags,
    metDate: raw.metDate ?? null,
  };
}
