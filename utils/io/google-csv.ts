import { readCsv, normalizeHeader } from './csv-read';
import { applyMapping, type ColumnMapping, type MappingTarget } from './column-mapping';
import { ImportFileError, type ParseResult } from './types';

/**
 * Google Contacts CSV, in both layouts Google has exported: the older one ("Name, Given Name, Family Name,
 * Group Membership, E-mail 1 - Value, Organization 1 - Name, …") and the current one ("First Name, Last Name,
 * Labels, E-mail 1 - Value, Organization Name, …"). Several values in one cell are joined by ` ::: `.
 */
export function isGoogleHeader(cells: readonly string[]): boolean {
  const got = cells.map(normalizeHeader);
  const hasEmailValue = got.includes(normalizeHeader('E-mail 1 - Value'));
  const hasNames =
    (got.includes('givenname') && got.includes('familyname')) ||
    (got.includes('firstname') && got.includes('lastname'));
  return hasEmailValue && hasNames;
}

function googleTarget(header: string): MappingTarget {
  const h = normalizeHeader(header);
  if (h === 'name' || h === 'displayname') return 'name';
  if (h === 'givenname' || h === 'firstname') return 'firstName';
  if (h === 'additionalname' || h === 'middlename') return 'middleName';
  if (h === 'familyname' || h === 'lastname') return 'lastName';
  if (/^organization(1)?name$/.test(h)) return 'company';
  if (/^organization(1)?title$/.test(h)) return 'title';
  if (/^e?mail\d+value$/.test(h)) return 'email';
  if (/^phone\d+value$/.test(h)) return 'phone';
  if (/^website\d+value$/.test(h)) return 'url';
  if (/^address\d+(formatted|city)$/.test(h)) return 'location';
  if (h === 'groupmembership' || h === 'labels') return 'tags';
  if (h === 'notes') return 'about';
  return 'ignore';
}

/**
 * Google's system labels are not the user's tags: the current export writes them with an asterisk (`* myContacts`,
 * `* starred`, `* coworkers`, `* family`, `* friends`), the older one as `System Group: My Contacts`.
 */
const SYSTEM_LABEL = /^(\*|system group:)/i;

export function parseGoogleContacts(text: string): ParseResult {
  const table = readCsv(text, isGoogleHeader);
  if (!table) throw new ImportFileError('no-header', 'Not a Google Contacts CSV header.');
  const mapping: ColumnMapping = table.headers.map(googleTarget);
  // Only the first address says where someone is, by its city when it has one, else its formatted form.
  const firstAddress = (part: string) =>
    table.headers.findIndex((h) => new RegExp(`^address1${part}$`).test(normalizeHeader(h)));
  const city = firstAddress('city');
  const formatted = firstAddress('formatted');
  mapping.forEach((target, i) => {
    if (target === 'location' && i !== city && i !== formatted) mapping[i] = 'ignore';
  });
  const tagColumns = mapping.flatMap((t, i) => (t === 'tags' ? [i] : []));
  const rows = table.rows.map(({ line, cells }) => ({
    line,
    cells: cells.map((cell, i) =>
      i === formatted && city >= 0 && cells[city]?.trim()
        ? ''
        : tagColumns.includes(i)
          ? cell
              .split(/\s*:::\s*/)
              .filter((g) => !SYSTEM_LABEL.test(g.trim()))
              .join(' ::: ')
          : cell,
    ),
  }));
  return applyMapping({ rows, errors: table.errors }, mapping);
}
