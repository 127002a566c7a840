import { readCsv, headerIndex, normalizeHeader, excerpt } from './csv-read';
import { buildRecord } from './record';
import { ImportFileError, type ParseResult } from './types';

/*
 * Outlook's contact export ("Comma Separated Values", desktop Outlook and Outlook.com), in both column orders it
 * has written: the classic one ("Title","First Name","Middle Name","Last Name","Suffix","Company","Department",
 * "Job Title",…) and the current one ("First Name","Middle Name","Last Name","Title","Suffix",…). Its `Title` is
 * the form of address (Mr., Dr.); the job is `Job Title`. Desktop Outlook writes the file in the Windows code
 * page, which utils/io/charset.ts recognises.
 */

const NAMES = ['First Name', 'Last Name', 'E-mail Address'].map(normalizeHeader);
const OUTLOOK_ONLY = ['Job Title', 'Business Phone', 'Mobile Phone', 'Middle Name', 'Web Page', 'E-mail 2 Address'].map(
  normalizeHeader,
);

export function isOutlookHeader(cells: readonly string[]): boolean {
  const got = cells.map(normalizeHeader);
  return NAMES.every((h) => got.includes(h)) && OUTLOOK_ONLY.some((h) => got.includes(h));
}

/** Phones in the order that says most about reaching the person; the company's switchboard is not theirs. */
const PHONES = [
  'Mobile Phone',
  'Business Phone',
  'Business Phone 2',
  'Primary Phone',
  'Home Phone',
  'Home Phone 2',
  'Other Phone',
  'Car Phone',
];
const EMAILS = ['E-mail Address', 'E-mail 2 Address', 'E-mail 3 Address'];
const URLS = ['Web Page', 'Personal Web Page'];

export function parseOutlookContacts(text: string): ParseResult {
  const table = readCsv(text, isOutlookHeader) ?? readCsv(text, isOutlookHeader, ';');
  if (!table) throw new ImportFileError('no-header', 'Not an Outlook contacts CSV header.');
  const { headers } = table;
  const at = (cells: string[], name: string) => {
    const i = headerIndex(headers, name);
    return i >= 0 ? (cells[i] ?? '').trim() : '';
  };
  const place = (cells: string[], prefix: 'Business' | 'Home' | 'Other') =>
    [at(cells, `${prefix} City`), at(cells, `${prefix} State`)].filter(Boolean).join(', ');
  const result: ParseResult = { records: [], errors: [...table.errors] };
  for (const { line, cells } of table.rows) {
    const suffix = at(cells, 'Suffix');
    const record = buildRecord({
      row: line,
      firstName: at(cells, 'First Name'),
      middleName: at(cells, 'Middle Name'),
      lastName: [at(cells, 'Last Name'), suffix].filter(Boolean).join(' '),
      company: at(cells, 'Company'),
      title: at(cells, 'Job Title'),
      location: place(cells, 'Business') || place(cells, 'Home') || place(cells, 'Other'),
      about: at(cells, 'Notes'),
      emails: EMAILS.map((h) => at(cells, h)),
      phones: PHONES.map((h) => at(cells, h)),
      urls: URLS.map((h) => at(cells, h)),
      // Outlook separates categories with ";".
      tags: at(cells, 'Categories').split(/\s*;\s*/),
    });
    if (!record.name) {
      result.errors.push({ row: line, reason: 'missing-name', detail: excerpt(cells.join(',')) });
      continue;
    }
    result.records.push(record);
  }
  return result;
}
