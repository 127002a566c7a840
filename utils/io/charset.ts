/**
 * Character sets of imported files. UTF-8 when the bytes are valid UTF-8; otherwise the file (or the one card,
 * or the one property) was written by a legacy program, and the two that users bring are Shift_JIS (Excel in
 * Japanese, older Japanese phones) and Windows-1252 (Excel and Outlook in Western Europe and the Americas).
 * Both decode any bytes without an error, so the choice is made by which reading looks like text: a wrong guess
 * turns "Bölling" into "Bling" or every Japanese name into mojibake.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Valid UTF-8 as text (without a byte-order mark), or null. */
export function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return null;
  }
}

const JAPANESE = /[\u3000-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff01-\uff9f]/;
const LATIN_LETTER = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192]/;
/** Typographic marks both readings can produce; they count for neither. */
const NEUTRAL =
  /[\u2018\u2019\u201a\u201c\u201d\u201e\u2013\u2014\u2026\u2022\u20ac\u00a0\u00ab\u00bb\u00b0\u00a7\u00b7]/;

/** How much of the non-ASCII text of a reading looks like the script that charset is for (0 to 1). */
function plausibility(text: string, looksRight: (run: string, before: string, after: string) => number): number {
  let good = 0;
  let bad = 0;
  // Runs of non-ASCII characters with their ASCII neighbours: a Japanese word is a run, an accented letter too.
  for (const match of text.matchAll(/[^\x00-\x7f]+/g)) {
    const run = match[0];
    const before = text[match.index - 1] ?? ' ';
    const after = text[match.index + run.length] ?? ' ';
    const score = looksRight(run, before, after);
    for (const ch of run) {
      if (NEUTRAL.test(ch)) continue;
      if (score > 0 && looksRightChar(ch, score)) good++;
      else bad++;
    }
  }
  return good + bad === 0 ? 1 : good / (good + bad);
}

function looksRightChar(ch: string, kind: number): boolean {
  return kind === 1 ? JAPANESE.test(ch) : LATIN_LETTER.test(ch);
}

const asciiLetter = (ch: string) => /[A-Za-z]/.test(ch);

/**
 * Japanese runs are not wedged inside a Latin word ("H駘鈩e" is "Hélène" read as Shift_JIS), nor one character
 * glued to one, and half-width katakana come in words, not beside Latin letters ("ﾄpfel" is "Äpfel").
 */
function japaneseRun(run: string, before: string, after: string): number {
  if (asciiLetter(before) && asciiLetter(after)) return 0;
  // One character glued to a Latin word ("S縊 Paulo") is an accented letter read as a double byte.
  if ([...run].length < 2 && (asciiLetter(before) || asciiLetter(after))) return 0;
  const halfWidth = /^[\uff61-\uff9f]+$/.test(run);
  return halfWidth && (asciiLetter(before) || asciiLetter(after)) ? 0 : 1;
}
const latinRun = () => 2;

/** Windows-1252's 0x80–0x9F (the rest is Latin-1); undefined bytes stay as their C1 code points. */
const CP1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/**
 * Windows-1252 by table: Node's TextDecoder (where the tests run) treats the label as Latin-1 and loses
 * "–" and the curly quotes; browsers follow the Encoding Standard, which this table is.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const codes = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b < 0xa0 ? CP1252_HIGH[b - 0x80]! : b));
    out += String.fromCharCode(...codes);
  }
  return out;
}

function decodeLegacy(bytes: Uint8Array, charset: LegacyCharset): string {
  return charset === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder('shift_jis').decode(bytes);
}

export type LegacyCharset = 'shift_jis' | 'windows-1252';

/** Which legacy charset reads these (non-UTF-8) bytes as text; Shift_JIS when both read equally well. */
export function guessLegacyCharset(bytes: Uint8Array): LegacyCharset {
  const sjis = plausibility(new TextDecoder('shift_jis').decode(bytes), japaneseRun);
  const latin = plausibility(decodeWindows1252(bytes), latinRun);
  return latin > sjis ? 'windows-1252' : 'shift_jis';
}

/** Text of bytes: UTF-8 when valid, else the legacy charset that reads them best. */
export function decodeBytes(bytes: Uint8Array): string {
  return tryUtf8(bytes) ?? decodeLegacy(bytes, guessLegacyCharset(bytes));
}

/** Bytes in a charset a file names (vCard CHARSET=…); null when the name is unknown. */
export function decodeNamed(bytes: Uint8Array, label: string): string | null {
  const name = label.trim().toLowerCase();
  if (/^(windows-1252|cp1252|iso-8859-1|latin1|us-ascii|ascii)$/.test(name)) return decodeWindows1252(bytes);
  try {
    return new TextDecoder(name).decode(bytes);
  } catch {
    return null;
  }
}
