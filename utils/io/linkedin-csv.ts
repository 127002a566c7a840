import { readCsv, headerIndex, normalizeHeader, excerpt } from './csv-read';
import { buildRecord } from './record';
import { parseDay } from './dates';
import { ImportFileError, type ParseResult } from './types';

/** The header of LinkedIn's Connections.csv (data export), after a few lines of notes. */
export const LINKEDIN_HEADER = ['First Name', 'Last Name', 'URL', 'Email Address', 'Company', 'Position', 'Connected On'];

export function isLinkedInHeader(cells: readonly string[]): boolean {
  const got = cells.map(normalizeHeader);
  return ['First Name', 'Last Name', 'URL', 'Connected On'].every((h) => got.includes(normalizeHeader(h)));
}

/**
 * LinkedIn's Connections.csv: "Connected On" becomes the day they met, so imported people start with a real
 * last touch; the profile URL becomes the canonical `linkedin:` key that finds them again on later imports
 * and when their profile is saved from the page.
 */
export function parseLinkedInConnections(text: string): ParseResult {
  const table = readCsv(text, isLinkedInHeader);
  if (!table) throw new ImportFileError('no-header', 'No "First Name,Last Name,URL,…" header found.');
  const { headers } = table;
  const col = {
    first: headerIndex(headers, 'First Name'),
    last: headerIndex(headers, 'Last Name'),
    url: headerIndex(headers, 'URL'),
    email: headerIndex(headers, 'Email Address', 'Email'),
    company: headerIndex(headers, 'Company'),
    position: headerIndex(headers, 'Position'),
    connected: headerIndex(headers, 'Connected On'),
  };
  const cell = (cells: string[], i: number) => (i >= 0 ? (cells[i] ?? '') : '');
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
      metDate: parseDay(cell(cells, col.connected)),
    });
    // LinkedIn writes a profile address on every row; anything else means the row is not what it claims.
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
