/**
 * The text layer of vCard (RFC 6350 §3, RFC 2426 for 3.0): unfolding, folding, escaping, property lines.
 * Small on purpose: the mapping (vcard-map.ts) decides what goes where; this only reads and writes lines.
 */

export interface VProperty {
  /** Upper-case name without group, e.g. 'EMAIL'. */
  name: string;
  params: Record<string, string>;
  /** The raw value, still escaped (structured values keep their `;`). */
  value: string;
}

export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '').replace(/,/g, '\\,').replace(/;/g, '\\;');
}

export function unescapeText(value: string): string {
  return value.replace(/\\([\\,;nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits on an unescaped separator (`;` for structured values, `,` for lists). */
export function splitEscaped(value: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) {
      current += c + value[i + 1];
      i++;
    } else if (c === separator) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/** Folds a content line at 75 octets without splitting a UTF-8 character. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  if (encoder.encode(line).length <= 75) return line;
  const out: string[] = [];
  let current = '';
  let size = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    const limit = out.length ? 74 : 75;
    if (size + n > limit) {
      out.push(current);
      current = '';
      size = 0;
    }
    current += ch;
    size += n;
  }
  out.push(current);
  return out.join('\r\n ');
}

export function propertyLine(name: string, value: string, params: Record<string, string> = {}): string {
  const p = Object.entries(params)
    .map(([k, v]) => `;${k}=${/[;:,]/.test(v) ? `"${v}"` : v}`)
    .join('');
  return foldLine(`${name}${p}:${value}`);
}

function parseParams(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  for (const part of splitOutsideQuotes(text, ';')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    // vCard 3.0 allows bare types (`TEL;CELL:`): keep them as TYPE.
    if (eq < 0) params.TYPE = params.TYPE ? `${params.TYPE},${part}` : part;
    else params[part.slice(0, eq).toUpperCase()] = part.slice(eq + 1).replace(/^"|"$/g, '');
  }
  return params;
}

function splitOutsideQuotes(text: string, separator: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const c of text) {
    if (c === '"') quoted = !quoted;
    if (c === separator && !quoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

/** Every property of the first VCARD in `text`, in order, unfolded. */
export function parseVCard(text: string): VProperty[] {
  const lines = text.replace(/\r\n[ \t]/g, '').replace(/\n[ \t]/g, '').split(/\r?\n/);
  const props: VProperty[] = [];
  for (const line of lines) {
    if (!line.trim()) continue;
    let colon = -1;
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      if (line[i] === '"') quoted = !quoted;
      else if (line[i] === ':' && !quoted) {
        colon = i;
        break;
      }
    }
    if (colon < 0) continue;
    const head = line.slice(0, colon);
    const semi = head.indexOf(';');
    const fullName = (semi < 0 ? head : head.slice(0, semi)).toUpperCase();
    const name = fullName.includes('.') ? fullName.slice(fullName.lastIndexOf('.') + 1) : fullName;
    const params = semi < 0 ? {} : parseParams(head.slice(semi + 1));
    const value = line.slice(colon + 1);
    if (name === 'END' && value.toUpperCase() === 'VCARD') break;
    props.push({ name, params, value });
  }
  return props;
}
