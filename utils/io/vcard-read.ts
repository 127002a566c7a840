import VCard from 'vcf';
import { buildRecord } from './record';
import { excerpt } from './csv-read';
import { parseDay } from './dates';
import { splitUnescaped, unescapeText } from './vcard-escape';
import type { ParseResult } from './types';

/*
 * vCard 2.1, 3.0 and 4.0. The `vcf` package splits each content line into name, parameters and value, but on
 * its own it cannot read what real address books export (checked against vcf 2.1.2's source):
 *  - it splits lines on CRLF only, and files saved on macOS/Linux use LF;
 *  - 2.1 quoted-printable values continue over "soft" line breaks (a line ending in `=`) that are not folds,
 *    so vcf would read the continuation as a new, broken property;
 *  - it neither decodes quoted-printable nor honours CHARSET (Japanese phones export Shift_JIS),
 *    nor unescapes `\n \, \; \\`, nor splits structured values on unescaped separators;
 *  - one malformed card makes `vCard.parse` throw for the whole file.
 * So this module normalizes line ends, joins soft breaks, unfolds, hands vcf one card at a time (a bad card is
 * reported and the others kept), then decodes and unescapes the values vcf returns.
 */

interface CardBlock {
  line: number;
  lines: string[];
}

function isQuotedPrintable(line: string): boolean {
  const head = line.slice(0, line.indexOf(':') >>> 0);
  return /;\s*(ENCODING=)?QUOTED-PRINTABLE\b/i.test(head);
}

/** Splits a file into cards, joining quoted-printable soft breaks and unfolding folded lines. */
export function splitCards(text: string): CardBlock[] {
  const raw = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const cards: CardBlock[] = [];
  let current: CardBlock | null = null;
  let continuesQp = false;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    if (current && continuesQp && !/^END:VCARD\s*$/i.test(line)) {
      // The previous line ended in a soft break: this line is the rest of the same value, taken as it is.
      const last = current.lines.length - 1;
      current.lines[last] = current.lines[last]!.slice(0, -1) + line;
      continuesQp = line.endsWith('=');
      continue;
    }
    if (/^BEGIN:VCARD\s*$/i.test(line)) {
      current = { line: i + 1, lines: ['BEGIN:VCARD'] };
      continue;
    }
    if (!current) continue;
    if (/^END:VCARD\s*$/i.test(line)) {
      current.lines.push('END:VCARD');
      cards.push(current);
      current = null;
      continue;
    }
    if ((line.startsWith(' ') || line.startsWith('\t')) && current.lines.length > 1) {
      current.lines[current.lines.length - 1] += line.slice(1);
    } else if (line.trim() !== '') {
      current.lines.push(line);
    }
    const joined = current.lines[current.lines.length - 1]!;
    continuesQp = isQuotedPrintable(joined) && joined.endsWith('=');
  }
  // A card cut off at the end of the file still counts, so that it can be reported.
  if (current) cards.push(current);
  return cards;
}

function params(prop: VCard.Property, name: string): string[] {
  const value = prop[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((v) => String(v).toLowerCase());
}

function decodeQuotedPrintable(value: string, charset: string): string {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '=' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...encoder.encode(ch));
    }
  }
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset || 'utf-8');
  } catch {
    decoder = new TextDecoder('utf-8');
  }
  return decoder.decode(new Uint8Array(bytes));
}

/** The decoded values of one property (every occurrence), before unescaping. */
function rawValues(card: VCard, name: string): Array<{ value: string; prop: VCard.Property }> {
  const data = card.data[name];
  const props = data === undefined ? [] : Array.isArray(data) ? data : [data];
  const out: Array<{ value: string; prop: VCard.Property }> = [];
  for (const prop of props) {
    let value = prop.valueOf() ?? '';
    const encoding = [...params(prop, 'encoding'), ...params(prop, 'type')];
    if (encoding.includes('quoted-printable')) value = decodeQuotedPrintable(value, params(prop, 'charset')[0] ?? '');
    else if (encoding.includes('b') || encoding.includes('base64')) continue;
    out.push({ value, prop });
  }
  return out;
}

function texts(card: VCard, name: string): string[] {
  return rawValues(card, name).map(({ value }) => unescapeText(value));
}

function structured(card: VCard, name: string): string[][] {
  return rawValues(card, name).map(({ value }) => splitUnescaped(value, ';').map(unescapeText));
}

function listValues(card: VCard, name: string): string[] {
  return rawValues(card, name).flatMap(({ value }) => splitUnescaped(value, ',').map(unescapeText));
}

/** 4.0 writes `TEL;VALUE=uri:tel:+81-3-…` and `EMAIL` may come as `mailto:`; the sanitizers strip both. */
function cardToRecord(card: VCard, row: number) {
  const n = structured(card, 'n')[0] ?? [];
  const org = structured(card, 'org')[0] ?? [];
  const adr = structured(card, 'adr')[0] ?? [];
  const location = [adr[3], adr[4], adr[6]].map((p) => p?.trim() ?? '').filter(Boolean).join(', ');
  return buildRecord({
    row,
    name: texts(card, 'fn')[0] ?? '',
    firstName: n[1] ?? '',
    lastName: n[0] ?? '',
    company: org[0] ?? '',
    title: texts(card, 'title')[0] || texts(card, 'role')[0] || '',
    location,
    about: texts(card, 'note').join('\n\n'),
    emails: texts(card, 'email'),
    phones: texts(card, 'tel'),
    urls: [...texts(card, 'url'), ...texts(card, 'xSocialprofile')],
    tags: listValues(card, 'categories'),
    // Our export writes the day they met as X-TSUNAGARI-MET-DATE (vcard-write.ts says why); exports before it, as
    // ANNIVERSARY.
    metDate: parseDay(texts(card, 'xTsunagariMetDate')[0] ?? texts(card, 'anniversary')[0] ?? ''),
  });
}

export function parseVCards(text: string): ParseResult {
  const result: ParseResult = { records: [], errors: [] };
  for (const block of splitCards(text)) {
    const card = new VCard();
    try {
      card.parse(block.lines.join('\r\n'));
    } catch (error) {
      const message = (error as Error).message;
      result.errors.push({
        row: block.line,
        reason: /version/i.test(message) ? 'unsupported-version' : 'malformed-card',
        detail: excerpt(message),
      });
      continue;
    }
    const record = cardToRecord(card, block.line);
    if (!record.name) {
      result.errors.push({ row: block.line, reason: 'missing-name', detail: excerpt(block.lines.slice(1, 4).join(' ')) });
      continue;
    }
    result.records.push(record);
  }
  return result;
}
