import type { Contact } from '../model/contact';
import type { Note } from '../model/note';
import { nameParts } from '../model/name-parts';
import { formatDay } from './dates';
import { escapeText, foldLine } from './vcard-escape';
import { notesText, type NotesByContact } from './export-notes';

/**
 * The day they met (for a LinkedIn import, the day they connected). Not ANNIVERSARY: RFC 6350 §6.2.6 defines that
 * as "the date of marriage, or equivalent", and phones show it as such and remind of it every year. An extension
 * property keeps the date for our own import (vcard-read.ts) and other address books ignore it.
 */
export const X_MET_DATE = 'X-TSUNAGARI-MET-DATE';

function compact(values: Array<string | undefined>): string[] {
  return values.filter((v): v is string => Boolean(v));
}

function noteOf(contact: Contact, notes: readonly Note[]): string {
  return [contact.about, notesText(notes)].filter(Boolean).join('\n\n');
}

/** One vCard 4.0 for a person, with their notes in NOTE (one property: many address books show only the first). */
export function contactToVCard(contact: Contact, notes: readonly Note[] = []): string {
  const n = nameParts(contact.name);
  const note = noteOf(contact, notes);
  const lines = [
    'BEGIN:VCARD',
    'VERSION:4.0',
    `UID:urn:uuid:${contact.id}`,
    `FN:${escapeText(contact.name)}`,
    `N:${escapeText(n.family)};${escapeText(n.given)};;;`,
    ...compact([
      contact.company ? `ORG:${escapeText(contact.company)}` : undefined,
      contact.title ? `TITLE:${escapeText(contact.title)}` : undefined,
      contact.location ? `ADR:;;;${escapeText(contact.location)};;;` : undefined,
      note ? `NOTE:${escapeText(note)}` : undefined,
      contact.tags.length ? `CATEGORIES:${contact.tags.map(escapeText).join(',')}` : undefined,
      contact.met.date !== null
        ? `${X_MET_DATE};VALUE=date:${formatDay(contact.met.date).replace(/-/g, '')}`
        : undefined,
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

export function contactsToVCards(contacts: readonly Contact[], notes: NotesByContact = new Map()): string {
  return contacts.map((c) => contactToVCard(c, notes.get(c.id) ?? [])).join('');
}
