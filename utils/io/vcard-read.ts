import ICAL from 'ical.js';
import { buildRecord } from './record';
import { excerpt } from './csv-read';
import { parseDay } from './dates';
import { decodeNamed, decodeWindows1252, guessLegacyCharset, tryUtf8 } from './charset';
import { splitUnescaped } from './vcard-escape';
import type { ImportRecord, ParseResult } from './types';

/*
 * vCard 2.1, 3.0 and 4.0 from real address books (Gmail, iPhone, macOS, Android, Outlook, Evolution, Japanese
 * phones), read card by card so that one bad card is reported and the others kept.
 *
 * 3.0 and 4.0 (RFC 2426, RFC 6350) go through ical.js: content lines, parameters (quoted lists included), value
 * types, structured and multi-valued properties. Two things stay here, because ical.js does not do them:
 *  - vCard 2.1 (ical.js reads only 3 and 4): bare parameters (`TEL;CELL;VOICE`), QUOTED-PRINTABLE with soft line
 *    breaks, BASE64 text values (Japanese phones' `N;ENCODING=BASE64`), folds that keep their space (RFC 822
 *    folding), and `CHARSET=` per property. A 3.0/4.0 card using these 2.1 encodings is read by the same code.
 *  - Character sets: the file is split into cards as bytes, and each card (each property, when it names a
 *    CHARSET) is decoded on its own, so a Shift_JIS card leaves the UTF-8 cards around it intact.
 * ical.js also leaves `\:` and `\"` as written (Gmail, iPhone and macOS write `URL:http\://…`; macOS notes
 * have `\"`); they are unescaped before it reads the card.
 */

interface CardBlock {
  /** 1-based line of BEGIN:VCARD in the file. */
  line: number;
  /** Raw lines as binary strings (one character per byte), not yet unfolded. */
  lines: string[];
  complete: boolean;
}

/** One character per byte, so that structure (ASCII) is read before any value is decoded. */
function toBinary(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) out += String.fromCharCode(...bytes.subarray(i, i + 8192));
  return out;
}

function fromBinary(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i) & 0xff;
  return bytes;
}

/** Splits a file (text or binary string) into cards; text between cards is ignored. */
export function splitCards(text: string): CardBlock[] {
  const raw = text.replace(/^\uFEFF|^\xEF\xBB\xBF/, '').split(/\r\n|\r|\n/);
  const cards: CardBlock[] = [];
  let current: CardBlock | null = null;
  for (let i = 0; i < raw.length; i++) {
    const line = raw[i]!;
    if (/^BEGIN:VCARD\s*$/i.test(line)) {
      // A card without END before the next BEGIN is cut off: it is reported, not merged into the next one.
      if (current) cards.push(current);
      current = { line: i + 1, lines: [], complete: false };
    } else if (current && /^END:VCARD\s*$/i.test(line)) {
      current.complete = true;
      cards.push(current);
      current = null;
    } else if (current) {
      current.lines.push(line);
    }
  }
  if (current) cards.push(current);
  return cards;
}

function isQuotedPrintable(line: string): boolean {
  const colon = line.indexOf(':');
  return /;\s*(ENCODING=)?QUOTED-PRINTABLE\b/i.test(colon < 0 ? line : line.slice(0, colon));
}

/**
 * Content lines of a card. 3.0/4.0 folds drop the CRLF and the one space after it (RFC 6350 §3.2); 2.1 folds are
 * RFC 822 folds, where only the CRLF goes and the space is part of the value ("John\r\n Smith" is "John Smith").
 * A quoted-printable value ending in `=` continues on the next line as it is (a soft line break).
 */
function unfold(lines: string[], v21: boolean): string[] {
  const out: string[] = [];
  let softBreak = false;
  for (const line of lines) {
    const last = out.length - 1;
    if (softBreak && last >= 0) {
      out[last] = out[last]!.slice(0, -1) + line;
    } else if (/^[ \t]/.test(line) && last >= 0) {
      out[last] += v21 ? line : line.slice(1);
    } else if (line.trim() !== '') {
      out.push(line);
    } else {
      continue;
    }
    const joined = out[out.length - 1]!;
    softBreak = isQuotedPrintable(joined) && joined.endsWith('=');
  }
  return out;
}

/** What a card says about a person, decoded and unescaped, before cleaning. */
interface CardValues {
  fn: string[];
  n: string[][];
  org: string[][];
  adr: string[][];
  title: string[];
  role: string[];
  note: string[];
  email: string[];
  tel: string[];
  url: string[];
  categories: string[];
  anniversary: string[];
  metDate: string[];
}

const emptyValues = (): CardValues => ({
  fn: [],
  n: [],
  org: [],
  adr: [],
  title: [],
  role: [],
  note: [],
  email: [],
  tel: [],
  url: [],
  categories: [],
  anniversary: [],
  metDate: [],
});

/** Property names to the values they fill; X-SOCIALPROFILE is a URL, X-TSUNAGARI-MET-DATE our export's met day. */
function valueKey(name: string): string {
  if (name === 'x-socialprofile') return 'url';
  if (name === 'x-tsunagari-met-date') return 'metDate';
  return name;
}

/** The value escapes every vCard version writes, and the `\:` and `\"` real exporters add. */
function unescapeValue(value: string): string {
  return value.replace(/\\(.)/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

/** RFC 3966 `tel:` URIs (vCard 4.0): the number, with an extension kept as "ext. 102". */
function telValue(value: string): string {
  const uri = /^tel:([^;]*)(.*)$/i.exec(value.trim());
  if (!uri) return value;
  const ext = /;ext=([^;]+)/i.exec(uri[2]!);
  return ext ? `${uri[1]} ext. ${ext[1]}` : uri[1]!;
}

// ---------------------------------------------------------------------------------------------------------------
// vCard 2.1 (and 3.0/4.0 cards that use 2.1's encodings): hand-written, see the comment at the top.

interface Line21 {
  name: string;
  params: Map<string, string[]>;
  value: string;
}

/** `[group.]NAME;PARAM=a,b;BARE:value` with the value still as bytes (a binary string). */
function parseLine21(line: string): Line21 | null {
  const i = valueStart(line);
  if (i < 0) return null;
  const [head, ...paramTexts] = line.slice(0, i).split(';');
  const name = head!
    .replace(/^[^.]*\./, '')
    .trim()
    .toLowerCase();
  const params = new Map<string, string[]>();
  for (const param of paramTexts) {
    const eq = param.indexOf('=');
    // 2.1 writes bare types (TEL;CELL) and bare encodings (;QUOTED-PRINTABLE).
    const key =
      eq < 0
        ? /^(quoted-printable|base64|b|8bit|7bit)$/i.test(param.trim())
          ? 'encoding'
          : 'type'
        : param.slice(0, eq).trim().toLowerCase();
    const values = (eq < 0 ? param : param.slice(eq + 1))
      .split(',')
      .map((v) => v.trim().replace(/^"|"$/g, '').toLowerCase());
    params.set(key, [...(params.get(key) ?? []), ...values]);
  }
  return { name, params, value: line.slice(i + 1) };
}

function decodeQuotedPrintable(value: string): Uint8Array {
  const bytes: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (value[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(value.slice(i + 1, i + 3))) {
      bytes.push(parseInt(value.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(value.charCodeAt(i) & 0xff);
    }
  }
  return new Uint8Array(bytes);
}

function decodeBase64(value: string): Uint8Array | null {
  try {
    return fromBinary(atob(value.replace(/\s+/g, '')));
  } catch {
    return null;
  }
}

type Charset = 'utf-8' | 'shift_jis' | 'windows-1252';

/** Bytes of one value as text: its own CHARSET, else UTF-8 when valid, else the card's legacy charset. */
function decodeValue(bytes: Uint8Array, named: string | undefined, cardCharset: Charset): string {
  if (named) {
    const text = decodeNamed(bytes, named);
    if (text !== null) return text;
  }
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) return utf8;
  return cardCharset === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(cardCharset).decode(bytes);
}

const STRUCTURED = new Set(['n', 'org', 'adr']);
const MULTI = new Set(['categories']);
const BINARY = new Set(['photo', 'logo', 'sound', 'key']);

function readCard21(lines: string[], cardCharset: Charset): CardValues {
  const values = emptyValues();
  for (const raw of lines) {
    const line = parseLine21(raw);
    if (!line || BINARY.has(line.name)) continue;
    const key = valueKey(line.name);
    if (!(key in values)) continue;
    const encoding = line.params.get('encoding') ?? [];
    let bytes: Uint8Array | null = fromBinary(line.value);
    if (encoding.includes('quoted-printable')) bytes = decodeQuotedPrintable(line.value);
    else if (encoding.includes('base64') || encoding.includes('b')) bytes = decodeBase64(line.value);
    if (!bytes) continue;
    const text = decodeValue(bytes, line.params.get('charset')?.[0], cardCharset);
    if (STRUCTURED.has(key)) values[key as 'n' | 'org' | 'adr'].push(splitUnescaped(text, ';').map(unescapeValue));
    else if (MULTI.has(key)) values.categories.push(...splitUnescaped(text, ',').map(unescapeValue));
    else values[key as Exclude<keyof CardValues, 'n' | 'org' | 'adr'>].push(unescapeValue(text));
  }
  return values;
}

// ---------------------------------------------------------------------------------------------------------------
// vCard 3.0 and 4.0 through ical.js.

/**
 * ical.js reads `\\ \, \n` itself, `\;` only where it splits a structured value (N, ORG, ADR); it leaves `\:`,
 * `\"` and a single value's `\;` as written. Those are unescaped here, pairs read left to right so `\\:` stays.
 */
function unescapeForIcal(line: string): string {
  const colon = valueStart(line);
  if (colon < 0) return line;
  const name = line
    .slice(0, colon)
    .split(';')[0]!
    .replace(/^[^.]*\./, '')
    .toLowerCase();
  const keepSemicolon = STRUCTURED.has(name) || name === 'gender' || name === 'clientpidmap';
  const value = line
    .slice(colon + 1)
    .replace(/\\(.)/g, (pair, ch: string) => (ch === ':' || ch === '"' || (ch === ';' && !keepSemicolon) ? ch : pair));
  return `${line.slice(0, colon + 1)}${value}`;
}

/** The colon that ends the name and parameters (a quoted parameter may hold one). */
function valueStart(line: string): number {
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '"') inQuotes = !inQuotes;
    else if (line[i] === ':' && !inQuotes) return i;
  }
  return -1;
}

type JCalValue = string | string[] | number | boolean | null;

function readCardIcal(lines: string[]): CardValues {
  // Unescape what ical.js leaves escaped (`\:`, `\"`), keeping the escapes it reads itself (`\\ \, \; \n`).
  const text = ['BEGIN:VCARD', ...lines.map(unescapeForIcal), 'END:VCARD'].join('\r\n');
  const jcal = ICAL.parse(text) as unknown as [
    'vcard',
    Array<[string, Record<string, unknown>, string, ...JCalValue[]]>,
    unknown[],
  ];
  const card = Array.isArray(jcal[0]) ? (jcal[0] as unknown as typeof jcal) : jcal;
  const values = emptyValues();
  const str = (v: JCalValue) => (v === null || v === undefined ? '' : String(v));
  for (const [rawName, , type, ...vals] of card[1]) {
    const name = valueKey(rawName);
    if (!(name in values)) continue;
    if (STRUCTURED.has(name)) {
      const parts = Array.isArray(vals[0]) ? vals[0].map(str) : vals.map(str);
      values[name as 'n' | 'org' | 'adr'].push(parts);
    } else if (MULTI.has(name)) {
      values.categories.push(...vals.map(str));
    } else {
      const list = values[name as Exclude<keyof CardValues, 'n' | 'org' | 'adr'>];
      for (const value of vals) list.push(type === 'uri' && name === 'tel' ? telValue(str(value)) : str(value));
    }
  }
  return values;
}

// ---------------------------------------------------------------------------------------------------------------

/** 2.1's encodings in a 3.0/4.0 card (Android and Japanese phones write them there too). */
function uses21Encodings(lines: string[]): boolean {
  return lines.some((line) => {
    const head = line.slice(0, Math.max(0, line.indexOf(':')));
    return (
      /;\s*(ENCODING=)?(QUOTED-PRINTABLE|BASE64)\b|;\s*CHARSET=/i.test(head) ||
      (/;\s*ENCODING=B\b/i.test(head) && !/^(PHOTO|LOGO|SOUND|KEY)\b/i.test(head))
    );
  });
}

/** Gmail writes its system groups into CATEGORIES; they are not the user's tags (as in google-csv.ts). */
const GMAIL_SYSTEM_GROUP = /^(\*|system group:|mycontacts$|starred$)/i;

function cardToRecord(values: CardValues, row: number): ImportRecord {
  const n = values.n[0] ?? [];
  const org = values.org[0] ?? [];
  const adr = values.adr[0] ?? [];
  const location = [adr[3], adr[4], adr[6]]
    .map((p) => p?.trim() ?? '')
    .filter(Boolean)
    .join(', ');
  return buildRecord({
    row,
    name: values.fn[0] ?? '',
    firstName: n[1] ?? '',
    middleName: n[2] ?? '',
    lastName: n[0] ?? '',
    company: org[0] ?? '',
    title: values.title[0] || values.role[0] || '',
    location,
    about: values.note.join('\n\n'),
    emails: values.email,
    phones: values.tel.map(telValue),
    urls: values.url,
    tags: values.categories.filter((tag) => !GMAIL_SYSTEM_GROUP.test(tag.trim())),
    // Our export writes the day they met as X-TSUNAGARI-MET-DATE (vcard-write.ts says why); exports before it, as
    // ANNIVERSARY.
    metDate: parseDay(values.metDate[0] ?? values.anniversary[0] ?? ''),
  });
}

/** Reads every card of a vCard file given as bytes; charsets are decided per card and per property. */
export function parseVCardBytes(bytes: Uint8Array): ParseResult {
  const result: ParseResult = { records: [], errors: [] };
  for (const block of splitCards(toBinary(bytes))) {
    const detail = () => excerpt(block.lines.slice(0, 3).join(' '));
    if (!block.complete) {
      result.errors.push({ row: block.line, reason: 'malformed-card', detail: detail() });
      continue;
    }
    const version = /^VERSION:\s*(\S+)/im.exec(block.lines.join('\n'))?.[1] ?? '3.0';
    if (!['2.1', '3.0', '4.0'].includes(version)) {
      result.errors.push({ row: block.line, reason: 'unsupported-version', detail: excerpt(`VERSION:${version}`) });
      continue;
    }
    const cardBytes = fromBinary(block.lines.join('\n'));
    const cardCharset: Charset = tryUtf8(cardBytes) !== null ? 'utf-8' : guessLegacyCharset(cardBytes);
    const v21 = version === '2.1';
    const lines = unfold(block.lines, v21);
    let values: CardValues;
    try {
      if (v21 || uses21Encodings(lines)) {
        values = readCard21(lines, cardCharset);
      } else {
        const text = cardCharset === 'utf-8' ? tryUtf8(cardBytes)! : decodeValue(cardBytes, undefined, cardCharset);
        values = readCardIcal(unfold(text.split('\n'), false));
      }
    } catch (error) {
      result.errors.push({ row: block.line, reason: 'malformed-card', detail: excerpt((error as Error).message) });
      continue;
    }
    const record = cardToRecord(values, block.line);
    if (!record.name) {
      result.errors.push({ row: block.line, reason: 'missing-name', detail: detail() });
      continue;
    }
    result.records.push(record);
  }
  return result;
}

/** Reads cards from text already decoded (tests, the sync mapping's round trips). */
export function parseVCards(text: string): ParseResult {
  return parseVCardBytes(new TextEncoder().encode(text));
}
