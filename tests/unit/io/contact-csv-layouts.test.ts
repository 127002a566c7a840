import { describe, expect, it } from 'vitest';
import { detectFormat, readImportFile } from '../../../utils/io/detect';
import { suggestMapping } from '../../../utils/io/column-mapping';
import type { ImportRecord } from '../../../utils/io/types';
import { fixtureBytes } from './fixtures';

function records(file: string, format: string): ImportRecord[] {
  const bytes = fixtureBytes(file);
  expect(detectFormat(file, bytes)).toBe(format);
  const read = readImportFile(file, bytes);
  if (read.format !== format || read.format === 'csv') throw new Error(`read as ${read.format}`);
  return read.result.records;
}

describe('Outlook contacts CSV, recognised as its own format without a mapping step', () => {
  it.each([
    ['outlook-desktop.csv', 'desktop Outlook, classic column order, Windows-1252'],
    ['outlook-com.csv', 'Outlook.com, current column order, UTF-8'],
  ])('%s (%s): Job Title is the title, never Title (Dr.); middle name, phones, city and web page kept', (file) => {
    const [emilio, greta, kwame] = records(file, 'outlook-csv');
    expect(emilio).toMatchObject({
      name: 'Emilio Gómez Molina',
      company: 'Hidalgo Ingeniería',
      title: 'Structural Engineer',
      location: 'Madrid',
      emails: ['emilio.molina@example.es'],
      // Mobile first, then the direct business line; the company switchboard is not theirs.
      phones: ['+34 600 123 456', '+34 91 555 0101'],
      websites: ['https://www.hidalgo-ing.example/emilio'],
      // Outlook.com's layout has no Categories column.
      tags: file === 'outlook-desktop.csv' ? ['engineering', 'conference 2025'] : [],
      about: 'Met at the bridge conference, Lisbon',
    });
    expect(greta).toMatchObject({
      name: 'Greta Bölling',
      company: 'Bölling & Partner GmbH',
      title: 'Managing Director',
      location: 'Hamburg',
      emails: ['greta@boelling.example', 'g.boelling@example.de'],
      phones: ['+49 40 555 7788'],
      websites: ['https://boelling.example/greta'],
      about: 'Prefers calls\nafter 10 – never Fridays',
    });
    expect(kwame).toMatchObject({
      name: 'Kwame Asante Jr.',
      title: '',
      location: 'Accra',
      phones: ['+233 20 555 0199'],
    });
  });

  it('reports the company-only row as nameless, and counts every row', () => {
    const read = readImportFile('outlook-desktop.csv', fixtureBytes('outlook-desktop.csv'));
    expect(
      read.format === 'outlook-csv' && [read.result.records.length, read.result.errors.map((e) => [e.row, e.reason])],
    ).toEqual([3, [[6, 'missing-name']]]);
  });
});

describe('Google Contacts CSV, old and new layouts', () => {
  it.each([
    ['google-old.csv', 'Name, Given Name, Additional Name, Family Name, Group Membership'],
    ['google-new.csv', 'First Name, Middle Name, Last Name, Labels'],
  ])('%s (%s): middle name kept, fields mapped, system labels are not tags', (file) => {
    const [emilio, akosua] = records(file, 'google-csv');
    expect(emilio).toMatchObject({
      name: 'Emilio Gómez Molina',
      company: 'Hidalgo Ingeniería',
      title: 'Structural Engineer',
      location: 'Madrid',
      emails: ['emilio.molina@example.es', 'emilio@example.net'],
      phones: ['+34 600 123 456', '+34 91 555 0101'],
      profileKeys: ['linkedin:emilio-gomez-molina-example'],
      tags: ['engineering'],
      about: 'Met at the bridge conference, Lisbon',
    });
    expect(akosua).toMatchObject({ name: 'Akosua Mensah', company: 'Kente Studio', title: 'Founder', tags: [] });
  });
});

describe('column mapping of an unknown CSV with Outlook-like headers', () => {
  it('takes Job Title, not Title, as the title, and keeps Middle Name', () => {
    expect(suggestMapping(['Title', 'First Name', 'Middle Name', 'Last Name', 'Job Title'])).toEqual([
      'ignore',
      'firstName',
      'middleName',
      'lastName',
      'title',
    ]);
  });
});
