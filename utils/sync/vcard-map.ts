import type { CardPart, PrivatePart, SyncRecord } from './record';
import { parseVCard, propertyLine, type VProperty } from './vcard-text';
import { escapeText, splitUnescaped, unescapeText } from '../io/vcard-escape';

/**
 * One person = one vCard (docs/sync.md). The standard properties carry what a phone shows; everything else
 * Tsunagari keeps travels in X-TSUNAGARI-DATA (readable JSON) or X-TSUNAGARI-ENC (the same JSON, encrypted).
 */

export type VCardVersion = '3.0' | '4.0';

export const X_DATA = 'X-TSUNAGARI-DATA';
export const X_ENC = 'X-TSUNAGARI-ENC';
export const X_FORMAT = 'X-TSUNAGARI-FORMAT';
export const FORMAT = '1';
const SUMMARY_MAX = 400;

/** The private part as stored on the card: readable JSON, or ciphertext from crypto.ts. */
export type PrivateWire = { kind: 'plain'; text: string } | { kind: 'encrypted'; text: string };

export interface ParsedCard {
  id: string;
  card: CardPart;
  wire: PrivateWire | null;
  /** REV as epoch ms when the card has one: a phone's edit time. */
  rev: number | null;
}

function splitName(name: string): { family: string; given: string } {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return { family: name.trim(), given: '' };
  return { family: parts[parts.length - 1]!, given: parts.slice(0, -1).join(' ') };
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** NOTE: a short summary the user can read on the phone; never note text when the private part is encrypted. */
export function summaryOf(record: SyncRecord, encrypted: boolean): string {
  const p = record.private;
  if (!p) return '';
  if (encrypted) return 'Tsunagari: details are encrypted.';
  const lines: string[] = [];
  if (p.headline) lines.push(oneLine(p.headline));
  const met = [p.met.context, p.met.place, p.met.introducedBy && `via ${p.met.introducedBy}`]
    .filter(Boolean)
    .join(', ');
  if (met) lines.push(`Met: ${met}`);
  const latest = [...p.notes].sort((a, b) => b.updatedAt - a.updatedAt).slice(0, 2);
  for (const note of latest) lines.push(`- ${oneLine(note.body)}`);
  const text = lines.join('\n');
  return text.length > SUMMARY_MAX ? `${text.slice(0, SUMMARY_MAX - 1)}…` : text;
}

export function plainWire(part: PrivatePart): PrivateWire {
  return { kind: 'plain', text: JSON.stringify(part) };
}

export function recordToVCard(
  record: SyncRecord,
  wire: PrivateWire | null,
  version: VCardVersion,
  now = Date.now(),
): string {
  const c = record.card;
  const lines: string[] = ['BEGIN:VCARD', `VERSION:${version}`];
  lines.push(propertyLine('UID', escapeText(record.id)));
  lines.push(propertyLine('FN', escapeText(c.name)));
  const n = splitName(c.name);
  lines.push(propertyLine('N', `${escapeText(n.family)};${escapeText(n.given)};;;`));
  if (c.company) lines.push(propertyLine('ORG', escapeText(c.company)));
  if (c.title) lines.push(propertyLine('TITLE', escapeText(c.title)));
  for (const email of c.emails) lines.push(propertyLine('EMAIL', escapeText(email)));
  for (const phone of c.phones) lines.push(propertyLine('TEL', escapeText(phone)));
  for (const url of c.websites) lines.push(propertyLine('URL', escapeText(url)));
  if (c.location) lines.push(propertyLine('ADR', `;;;${escapeText(c.location)};;;`));
  if (c.tags.length) lines.push(propertyLine('CATEGORIES', c.tags.map(escapeText).join(',')));
  if (/^https?:\/\//i.test(c.avatarUrl)) {
    lines.push(propertyLine('PHOTO', c.avatarUrl, version === '3.0' ? { VALUE: 'uri' } : {}));
  }
  const summary = summaryOf(record, wire?.kind === 'encrypted');
  if (summary) lines.push(propertyLine('NOTE', escapeText(summary)));
  lines.push(
    propertyLine(
      'REV',
      new Date(now)
        .toISOString()
        .replace(/\.\d{3}/, '')
        .replace(/[-:]/g, ''),
    ),
  );
  if (wire) {
    lines.push(propertyLine(X_FORMAT, FORMAT));
    lines.push(propertyLine(wire.kind === 'plain' ? X_DATA : X_ENC, escapeText(wire.text)));
  }
  lines.push('END:VCARD');
  return `${lines.join('\r\n')}\r\n`;
}

function parseRev(value: string): number | null {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:T(\d{2}):?(\d{2}):?(\d{2})?)?/.exec(value.trim());
  if (!m) return null;
  const t = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0));
  return Number.isFinite(t) ? t : null;
}

function textOf(p: VProperty): string {
  return unescapeText(p.value).trim();
}

function uniq(values: string[]): string[] {
  return [...new Set(values.filter(Boolean))];
}

/** Reads any vCard 3.0 or 4.0 — one Tsunagari wrote, or one a phone rewrote (X- properties perhaps gone). */
export function vcardToParsed(text: string): ParsedCard | null {
  const props = parseVCard(text);
  const get = (name: string) => props.filter((p) => p.name === name);
  const uid = get('UID')[0];
  if (!uid) return null;
  let name = get('FN').map(textOf).find(Boolean) ?? '';
  if (!name) {
    const n = get('N')[0];
    if (n) {
      const [family = '', given = ''] = splitUnescaped(n.value, ';').map(unescapeText);
      name = [given, family].filter(Boolean).join(' ');
    }
  }
  const org = get('ORG')[0];
  const adr = get('ADR')[0];
  const photo =
    get('PHOTO')
      .map((p) => p.value.trim())
      .find((v) => /^https?:\/\//i.test(v)) ?? '';
  const card: CardPart = {
    name,
    company: org ? unescapeText(splitUnescaped(org.value, ';')[0] ?? '').trim() : '',
    title: get('TITLE').map(textOf)[0] ?? '',
    location: adr ? unescapeText(splitUnescaped(adr.value, ';')[3] ?? '').trim() : '',
    avatarUrl: photo,
    emails: uniq(get('EMAIL').map((p) => textOf(p).replace(/^mailto:/i, ''))),
    phones: uniq(get('TEL').map((p) => textOf(p).replace(/^tel:/i, ''))),
    websites: uniq(get('URL').map(textOf)),
    tags: uniq(get('CATEGORIES').flatMap((p) => splitUnescaped(p.value, ',').map((v) => unescapeText(v).trim()))),
  };
  const data = get(X_DATA)[0];
  const enc = get(X_ENC)[0];
  const wire: PrivateWire | null = enc
    ? { kind: 'encrypted', text: unescapeText(enc.value) }
    : data
      ? { kind: 'plain', text: unescapeText(data.value) }
      : null;
  const rev = get('REV')[0];
  return { id: unescapeText(uid.value).trim(), card, wire, rev: rev ? parseRev(rev.value) : null };
}
