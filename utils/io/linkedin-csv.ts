import { readCsv, headerIndex, normalizeHeader, excerpt, type CsvTable } from './csv-read';
import { buildRecord } from './record';
import { numericOrderOf, parseDay } from './dates';
import { ImportFileError, type ParseResult } from './types';

/** The header of LinkedIn's Connections.csv (data export) today, after a few lines of notes. */
export const LINKEDIN_HEADER = [
  'First Name',
  'Last Name',
  'URL',
  'Email Address',
  'Company',
  'Position',
  'Connected On',
];

const REQUIRED = ['First Name', 'Last Name', 'Connected On'].map(normalizeHeader);
const ANY_OF = ['URL', 'Email Address', 'Company', 'Position'].map(normalizeHeader);

/**
 * LinkedIn has shipped Connections.csv with and without the URL column, with and without Email Address, with and
 * without the `Notes:` lines before the header; a spreadsheet may have moved the columns. "Connected On" beside
 * the names is what no other contact format has, so the columns decide, in any order, never their positions.
 */
export function isLinkedInHeader(cells: readonly string[]): boolean {
  const got = cells.map(normalizeHeader);
  return REQUIRED.every((h) => got.includes(h)) && ANY_OF.some((h) => got.includes(h));
}

/**
 * The table of a Connections.csv: comma-separated as LinkedIn writes it, or with `;` or tabs as a spreadsheet
 * in many European locales saves it again.
 */
export function readLinkedInTable(text: string): CsvTable | null {
  return (
    readCsv(text, isLinkedInHeader) ?? readCsv(text, isLinkedInHeader, ';') ?? readCsv(text, isLinkedInHeader, '\t')
  );
}

/**
 * LinkedIn's Connections.csv: "Connected On" becomes the day they met, so imported people start with a real
 * last touch; the profile URL, when the layout has one, becomes the canonical `linkedin:` key that finds them
 * again on later imports and when their profile is saved from the page.
 */
export function parseLinkedInConnections(text: string): ParseResult {
  const table = readLinkedInTable(text);
  if (!table) throw new ImportFileError('no-header', 'No "First Name,Last Name,…,Connected On" header found.');
  const { headers } = table;
  const col = {
    first: headerIndex(headers, 'First Name'),
    last: headerIndex(headers, 'Last Name'),
    url: headerIndex(headers, 'URL', 'Profile URL'),
    email: headerIndex(headers, 'Email Address', 'Email'),
    company: headerIndex(headers, 'Company'),
    position: headerIndex(headers, 'Position'),
    connected: headerIndex(headers, 'Connected On'),
  };
  const cell = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? '') : '');
  // `1/8/18` is 8 January in LinkedIn's own files; a re-save in a day-first locale shows itself by other rows.
  const order = numericOrderOf(table.rows.map(({ cells }) => cell(cells, col.connected)));
  const result: ParseResult = { records: [], errors: [...table.errors] };
  for (const { line, cells } of table.rows) {
    const url = cell(cells, col.url).trim();
    const record = buildRecord({
      row: line,
      firstName: cell(cells, col.first),
      lastName: cell(cells, col.last),
      urls: url ? [url] : [],
      emails: [cell(cells, col.email)],
      company: cell(cells, col.company),
      title: cell(cells, col.position),
      metDate: parseDay(cell(cells, col.connected), order),
    });
    // LinkedIn writes a profile address in its URL column; anything else means the row is not what it claims.
    if (url && record.profileKeys.length === 0) {
      result.errors.push({ row: line, reason: 'not-a-profile-url', detail: excerpt(url) });
      continue;
    }
    if (!record.name) {
      result.errors.push({ row: line, reason: 'missing-name', detail: excerpt(cells.join(',')) });
      continue;
    }
    result.records.push(record);
  }
  return result;
}
