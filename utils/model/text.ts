/**
 * Sanitizers for everything that comes from a page, a file or a message.
 * Text is NFC, without bidi overrides, zero-width or control characters, and capped in length,
 * so that a hostile page cannot reorder what the user reads or bloat the database.
 */

export const LIMITS = {
  name: 200,
  short: 300,
  long: 5_000,
  note: 20_000,
  url: 2_048,
  list: 50,
  tag: 60,
} as const;

// Bidi embeddings/overrides/isolates and marks (U+061C Arabic letter mark included), zero-width space and BOM,
// invisible fillers (Hangul fillers, Mongolian vowel separator, interlinear annotation marks), and C0/C1 controls
// except \t \n. Zero-width (non-)joiners (U+200C/D) stay: Persian names and emoji sequences need them.
const UNSAFE_CHARS =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u115F\u1160\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0\uFFF9-\uFFFB]/g;

/** One line of plain text: whitespace collapsed, unsafe characters removed, capped. */
export function cleanLine(value: unknown, max: number = LIMITS.short): string {
  if (typeof value !== 'string') return '';
  // Trimmed again after the cap, so a cut that ends on a space gives what a second clean would: cleaning twice
  // changes nothing, and a restored backup equals what was backed up.
  return capLength(value.normalize('NFC').replace(UNSAFE_CHARS, '').replace(/\s+/g, ' ').trim(), max).trimEnd();
}

/** Multi-line text (notes, about): line breaks kept, other whitespace runs tidied. */
export function cleanText(value: unknown, max: number = LIMITS.long): string {
  if (typeof value !== 'string') return '';
  const text = value
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(UNSAFE_CHARS, '')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return capLength(text, max).trimEnd();
}

/** Cuts at a code point boundary so a surrogate pair is never split. */
function capLength(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = Array.from(text.slice(0, max + 1))
    .join('')
    .slice(0, max);
  const last = cut.charCodeAt(cut.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? cut.slice(0, -1) : cut;
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** Returns the URL if it is absolute and uses http(s), mailto or tel; otherwise ''. */
export function safeUrl(value: unknown, base?: string): string {
  if (typeof value !== 'string') return '';
  const trimmed = value.replace(UNSAFE_CHARS, '').trim();
  if (!trimmed || trimmed.length > LIMITS.url) return '';
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return '';
  }
  if (!SAFE_SCHEMES.has(url.protocol)) return '';
  if ((url.protocol === 'http:' || url.protocol === 'https:') && (url.username || url.password)) return '';
  // The parsed form percent-encodes spaces and non-ASCII, so it can outgrow the input: the cap applies to what is stored.
  return url.href.length <= LIMITS.url ? url.href : '';
}

export function isSafeUrl(value: string): boolean {
  return value !== '' && safeUrl(value) === value;
}

/** A list of cleaned, de-duplicated, non-empty lines, capped in count. */
export function cleanList(values: unknown, max: number = LIMITS.short, count: number = LIMITS.list): string[] {
  if (!Array.isArray(values)) return [];
  const out: string[] = [];
  for (const value of values) {
    const line = cleanLine(value, max);
    if (line && !out.includes(line)) out.push(line);
    if (out.length >= count) break;
  }
  return out;
}

export function cleanEmail(value: unknown): string {
  const line = cleanLine(value, 254).replace(/^mailto:/i, '');
  return /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/.test(line) ? line.toLowerCase() : '';
}

export function cleanPhone(value: unknown): string {
  const line = cleanLine(value, 40).replace(/^tel:/i, '');
  // An extension is part of the number (vCard 4.0's `;ext=102`, written "ext. 102" by the importers).
  return /^[+()\d][\d\s().\-/]{2,}(?:\s*(?:ext\.?|x)\s*\d{1,8})?$/i.test(line) ? line : '';
}

export function cleanTag(value: unknown): string {
  return cleanLine(value, LIMITS.tag).replace(/^#/, '').toLowerCase();
}
