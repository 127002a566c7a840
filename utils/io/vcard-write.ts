import type { Contact } from '../model/contact';
import { formatDay } from './dates';
import { escapeText, foldLine } from './vcard-escape';

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
