import Papa from 'papaparse';
import type { Contact } from '../model/contact';
import type { Note } from '../model/note';
import { nameParts } from '../model/name-parts';
import { notesText, type NotesByContact } from './export-notes';
import { formatDay } from './dates';

/**
 * Cells a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, carriage return first; OWASP "CSV
 * injection") get a leading apostrophe, which spreadsheets show as text. Japanese spreadsheets also read the
 * full-width forms (＝＋－＠) as formula starts, so those count too (issue 12, item 9). NUL is removed first: some
 * readers end a cell at it, so a cell could hide what follows, and a formula behind a NUL would escape the check.
 * Done here rather than through papaparse's `escapeFormulae` so that the rule is ours and tested.
 */
export function neutralizeFormula(cell: string): string {
  const text = cell.replace(/\u0000/g, '');
  return /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/.test(text) ? `'${text}` : text;
}

// First Name / Last Name as Google Contacts and Outlook name them, so a spreadsheet or address book can sort by them.
export const CSV_COLUMNS = [
  'Name',
  'First Name',
  'Last Name',
  'Company',
  'Title',
  'Headline',
  'Location',
  'Emails',
  'Phones',
  'Websites',
  'Profiles',
  'Tags',
  'Topics',
  'Met context',
  'Met place',
  'Met date',
  'Introduced by',
  'Cadence days',
  'Last interaction',
  'Due',
  'About',
  'Notes',
  'Created',
  'Archived',
] as const;

function row(contact: Contact, notes: readonly Note[]): string[] {
  const list = (values: readonly string[]) => values.join('; ');
  const parts = nameParts(contact.name);
  return [
    contact.name,
    parts.given,
    parts.family,
    contact.company,
    contact.title,
    contact.headline,
    contact.location,
    list(contact.emails),
    list(contact.phones),
    list(contact.websites),
    list(contact.profiles.map((p) => p.url)),
    list(contact.tags),
    list(contact.topics),
    contact.met.context ?? '',
    contact.met.place,
    formatDay(contact.met.date),
    contact.met.introducedBy,
    contact.cadenceDays === null ? '' : String(contact.cadenceDays),
    formatDay(contact.lastInteractionAt),
    formatDay(contact.dueAt),
    contact.about,
    notesText(notes),
    formatDay(contact.createdAt),
    formatDay(contact.archivedAt),
  ];
}

/**
 * RFC 4180: CRLF between records, every cell quoted (quotes doubled) so commas, quotes and line breaks inside
 * a cell survive; a UTF-8 BOM first, so Excel reads Japanese names as UTF-8 instead of Shift_JIS.
 */
export function contactsToCsv(contacts: readonly Contact[], notes: NotesByContact = new Map()): string {
  const data = [[...CSV_COLUMNS], ...contacts.map((c) => row(c, notes.get(c.id) ?? []).map(neutralizeFormula))];
  return `\uFEFF${Papa.unparse(data, { newline: '\r\n', quotes: true, escapeFormulae: false })}\r\n`;
}
