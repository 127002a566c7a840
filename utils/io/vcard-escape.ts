/**
 * vCard's text layer (RFC 6350 §3, RFC 2426 for 3.0): escaping, splitting structured values, folding. One home
 * for the import/export readers and writers here and for the sync mapping (utils/sync/vcard-map.ts).
 */

/** RFC 6350 §3.4: backslash, comma, semicolon and line breaks in a text value are escaped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 6350 §3.4: the inverse of escapeText (`\n` and `\N` are line breaks). */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, ch: string) => (ch === 'n' || ch === 'N' ? '\n' : ch));
}

/** Splits on a separator that is not escaped by a backslash. */
export function splitUnescaped(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let part = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) {
      part += ch + value[i + 1];
      i++;
    } else if (ch === separator) {
      parts.push(part);
      part = '';
    } else {
      part += ch;
    }
  }
  parts.push(part);
  return parts;
}

const encoder = new TextEncoder();

/**
 * RFC 6350 §3.2: content lines longer than 75 octets are folded (CRLF and one space). Octets, not characters:
 * a Japanese character is three octets in UTF-8, and a fold must never split one.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      // Continuation lines start with a space, which counts towards their 75 octets.
      limit = 74;
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
