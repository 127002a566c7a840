/**
 * The line layer of vCard (RFC 6350 §3, RFC 2426 for 3.0): unfolding and parsing property lines, writing them.
 * Small on purpose: the mapping (vcard-map.ts) decides what goes where; this only reads and writes lines. Escaping
 * and folding are the import/export ones (utils/io/vcard-escape.ts).
 */

import { foldLine } from '../io/vcard-escape';

export interface VProperty {
  /** Upper-case name without group, e.g. 'EMAIL'. */
  name: string;
  params: Record<string, string>;
  /** The raw value, still escaped (structured values keep their `;`). */
  value: string;
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
  const lines = text
    .replace(/\r\n[ \t]/g, '')
    .replace(/\n[ \t]/g, '')
    .split(/\r?\n/);
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
