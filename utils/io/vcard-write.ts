import type { Contact } from '../model/contact';
import { formatDay } from './dates';

/** RFC 6350 §3.4: backslash, comma, semicolon and line breaks in a text value are escaped. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/,/g, '\\,').replace(/;/g, '\\;').replace(/\r\n|\r|\n/g, '\\n');
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

function compact(values: Array<string | undefined>): string[] {
  return values.filter((v): v is string => Boolean(v));
}

/** One vCard 4.0 for a person. */
export function contactToVCard(contact: Contact): string {
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `UID:urn:uuid:${contact.id}`,
    `FN:${escapeText(contact.name)}`,
    ...compact([
      contact.company ? `ORG:${escapeText(contact.company)}` : undefined,
      contact.title ? `TITLE:${escapeText(contact.title)}` : undefined,
      contact.location ? `ADR:;;;${escapeText(contact.location)};;;` : undefined,
      contact.about ? `NOTE:${escapeText(contact.about)}` : undefined,
      contact.tags.length ? `CATEGORIES:${contact.tags.map(escapeText).join(',')}` : undefined,
      contact.met.date !== null ? `ANNIVERSARY:${formatDay(contact.met.date).replace(/-/g, '')}` : undefined,
    ]),
    ...contact.emails.map((email) => `EMAIL:${escapeText(email)}`),
    ...contact.phones.map((phone) => `TEL;VALUE=text:${escapeText(phone)}`),
    ...contact.profiles.map((p) => `URL;TYPE=${p.kind}:${p.url}`),
    ...contact.websites.map((url) => `URL:${url}`),
    `REV:${new Date(contact.updatedAt).toISOString().replace(/[-:]|\.\d{3}/g, '')}`,
    'END:VCARD',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

export function contactsToVCards(contacts: readonly Contact[]): string {
  return contacts.map(contactToVCard).join('');
}
