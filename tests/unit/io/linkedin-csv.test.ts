import { describe, expect, it } from 'vitest';
import { parseLinkedInConnections } from '../../../utils/io/linkedin-csv';
import { connectionsCsvFromZip } from '../../../utils/io/linkedin-zip';
import { ImportFileError } from '../../../utils/io/types';
import { fixtureBytes, fixtureText } from './fixtures';
import { zipSync, strToU8 } from 'fflate';

describe('LinkedIn Connections.csv', () => {
  const result = parseLinkedInConnections(fixtureText('linkedin-connections.csv'));

  it('skips the note lines before the header and keeps every good row', () => {
    expect(result.records.map((r) => r.name)).toEqual([
      'Hanako Sato',
      '山田 太郎',
      'Priya Raman',
      'Marco Bellini',
      'Hanako Sato',
      'Kenji Watanabe "Ken"',
    ]);
  });

  it('lists bad rows with their line and reason', () => {
    expect(result.errors.map((e) => [e.row, e.reason])).toEqual([
      [9, 'wrong-field-count'],
      [10, 'missing-name'],
      [11, 'not-a-profile-url'],
    ]);
  });

  it('turns "Connected On" into the local day they met', () => {
    expect(result.records[0]!.metDate).toBe(new Date(2024, 2, 15).getTime());
    expect(result.records[1]!.metDate).toBe(new Date(2023, 0, 2).getTime());
    expect(result.records[3]!.metDate).toBeNull();
  });

  it('keeps quoted commas and quotes inside cells', () => {
    const priya = result.records[2]!;
    expect(priya.company).toBe('Lantern, Bell & Co.');
    expect(priya.title).toBe('Head of Research, Europe');
    expect(result.records[5]!.title).toBe('Writes about "slow" software');
  });

  it('derives canonical LinkedIn keys from the URL, percent-decoded and lower-cased', () => {
    expect(result.records[0]!.profileKeys).toEqual(['linkedin:hanako-sato-example']);
    expect(result.records[4]!.profileKeys).toEqual(['linkedin:hanako-sato-example']);
    expect(result.records[1]!.profileKeys).toEqual(['linkedin:山田-太郎-example']);
    expect(result.records[1]!.profiles[0]!.kind).toBe('linkedin');
  });

  it('keeps the few emails and drops the empty ones', () => {
    expect(result.records[0]!.emails).toEqual([]);
    expect(result.records[1]!.emails).toEqual(['taro.yamada@example.jp']);
  });

  it('refuses a file without the header', () => {
    expect(() => parseLinkedInConnections('a,b,c\n1,2,3\n')).toThrow(ImportFileError);
  });

  it('cleans hostile text (bidi overrides, control characters)', () => {
    const text =
      'First Name,Last Name,URL,Email Address,Company,Position,Connected On\n' +
      'Eve\u202E,Mallory\u0007,https://www.linkedin.com/in/eve-example,,Evil\u200BCorp,,\n';
    const [eve] = parseLinkedInConnections(text).records;
    expect(eve!.name).toBe('Eve Mallory');
    expect(eve!.company).toBe('EvilCorp');
  });
});

describe("LinkedIn's data-export zip", () => {
  it('reads Connections.csv out of the archive', () => {
    const text = connectionsCsvFromZip(fixtureBytes('linkedin-export.zip'));
    expect(parseLinkedInConnections(text).records).toHaveLength(6);
  });

  it('finds Connections.csv in a folder too', () => {
    const zip = zipSync({
      'Basic_LinkedInDataExport/Connections.csv': strToU8(
        'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\nA,B,https://www.linkedin.com/in/a-b,,,,\r\n',
      ),
    });
    expect(parseLinkedInConnections(connectionsCsvFromZip(zip)).records[0]!.name).toBe('A B');
  });

  it('says so when the archive holds no Connections.csv', () => {
    const zip = zipSync({ 'Profile.csv': strToU8('x') });
    expect(() => connectionsCsvFromZip(zip)).toThrow(/no Connections\.csv/);
  });

  it('says so when the bytes are not a zip', () => {
    expect(() => connectionsCsvFromZip(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toThrow(ImportFileError);
  });
});
