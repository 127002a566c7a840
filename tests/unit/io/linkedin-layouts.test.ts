import { describe, expect, it } from 'vitest';
import { detectFormat, readImportFile } from '../../../utils/io/detect';
import { parseDay } from '../../../utils/io/dates';
import { fixtureBytes } from './fixtures';

/** The same five connections, as each layout LinkedIn shipped (or a spreadsheet re-saved) writes them. */
const LAYOUTS = [
  ['2018-no-url.csv', 'no URL column, US date and time'],
  ['2020-url-no-email.csv', 'URL but no Email Address'],
  ['notes-no-url.csv', 'Notes: lines before a header without URL'],
  ['2024-full.csv', "today's layout with Notes:"],
  ['excel-us-resave.csv', 'Excel re-save: BOM and 9-Sep-22'],
  ['excel-eu-resave.csv', 'day-first Excel re-save with semicolons'],
  ['sheets-reordered.csv', 'columns moved, ISO dates, LF'],
] as const;

const day = (y: number, m: number, d: number) => new Date(y, m - 1, d).getTime();
const PEOPLE = [
  { name: 'Amara Okoye', company: 'Brightline Labs', title: 'Data Engineer', metDate: day(2018, 1, 8) },
  { name: 'Jonas Lindqvist', company: 'Fjord & Pine, AB', title: 'Product Lead', metDate: day(2022, 9, 9) },
  { name: '佐々木 美穂', company: '株式会社ミナト', title: 'エンジニア', metDate: day(2023, 9, 27) },
  { name: 'Lucía Fernández', company: '', title: '', metDate: day(2026, 11, 27) },
  { name: 'Ravi Menon', company: 'Kestrel Health', title: 'VP Operations, "Care" team', metDate: day(2019, 12, 31) },
];

describe('every LinkedIn Connections.csv layout', () => {
  it.each(LAYOUTS)('%s (%s) is recognised by its columns and gives the same people and days', (file) => {
    const bytes = fixtureBytes(`linkedin-layouts/${file}`);
    expect(detectFormat(`Connections.csv`, bytes)).toBe('linkedin-csv');
    const read = readImportFile('Connections.csv', bytes);
    if (read.format !== 'linkedin-csv') throw new Error(`read as ${read.format}`);
    expect(read.result.errors).toEqual([]);
    expect(read.result.records.map(({ name, company, title, metDate }) => ({ name, company, title, metDate }))).toEqual(
      PEOPLE,
    );
  });

  it.each(LAYOUTS.filter(([file]) => !file.includes('no-url')))('%s keeps the profile keys', (file) => {
    const read = readImportFile('Connections.csv', fixtureBytes(`linkedin-layouts/${file}`));
    expect(read.format === 'linkedin-csv' && read.result.records.map((r) => r.profileKeys[0])).toEqual([
      'linkedin:amara-okoye-example',
      'linkedin:jonas-lindqvist-example',
      'linkedin:miho-sasaki-example',
      'linkedin:lucia-fernandez-example',
      'linkedin:ravi-menon-example',
    ]);
  });

  it.each(LAYOUTS.filter(([file]) => !file.includes('no-email')))('%s keeps the emails', (file) => {
    const read = readImportFile('Connections.csv', fixtureBytes(`linkedin-layouts/${file}`));
    expect(read.format === 'linkedin-csv' && read.result.records.map((r) => r.emails)).toEqual([
      ['amara.okoye@example.com'],
      [],
      ['miho.sasaki@example.jp'],
      [],
      [],
    ]);
  });
});

describe('the dates LinkedIn and spreadsheets write', () => {
  it.each([
    ['27 Nov 2026', day(2026, 11, 27)],
    ['1/8/18, 6:14 PM', day(2018, 1, 8)],
    ['12/31/19, 11:59 PM', day(2019, 12, 31)],
    ['9-Sep-22', day(2022, 9, 9)],
    ['27-Nov-2026', day(2026, 11, 27)],
    ['2023-09-27', day(2023, 9, 27)],
    ['2023-09-27 00:00:00', day(2023, 9, 27)],
    ['11/27/2026', day(2026, 11, 27)],
    ['27/11/2026', day(2026, 11, 27)],
    ['27.11.2026', day(2026, 11, 27)],
    ['Nov 27, 2026', day(2026, 11, 27)],
  ])('%s', (text, expected) => {
    expect(parseDay(text)).toBe(expected);
  });

  it('reads an ambiguous numeric date day first when told the file is day-first', () => {
    expect(parseDay('08/01/2018', 'dmy')).toBe(day(2018, 1, 8));
    expect(parseDay('08/01/2018')).toBe(day(2018, 8, 1));
  });

  it('refuses what is not a date', () => {
    expect(parseDay('13/13/2020')).toBeNull();
    expect(parseDay('soon')).toBeNull();
    expect(parseDay('30-Feb-22')).toBeNull();
  });
});
