import { describe, expect, it } from 'vitest';
import { parseGoogleContacts } from '../../../utils/io/google-csv';
import { applyMapping, suggestMapping } from '../../../utils/io/column-mapping';
import { detectFormat, readImportFile, decodeText } from '../../../utils/io/detect';
import { readCsv } from '../../../utils/io/csv-read';
import { fixtureBytes, fixtureText } from './fixtures';

describe('Google Contacts CSV', () => {
  const result = parseGoogleContacts(fixtureText('google-contacts.csv'));

  it('reads names, organization, multi-value cells and labels without system groups', () => {
    const yuki = result.records[0]!;
    expect(yuki.name).toBe('Yuki Mori');
    expect(yuki.company).toBe('Aozora Design');
    expect(yuki.title).toBe('Illustrator');
    expect(yuki.emails).toEqual(['yuki.mori@example.jp', 'yuki@aozora.example']);
    expect(yuki.tags).toEqual(['friends', 'zine fair']);
    expect(yuki.location).toBe('Sapporo, Hokkaido');
    expect(yuki.about).toBe('Met at the zine fair, table 12');
    expect(yuki.profileKeys).toEqual(['linkedin:yuki-mori-example']);
    expect(result.records[1]!.phones).toEqual(['+52 55 1234 5678', '+52 55 8765 4321']);
  });

  it('lists the row without a name', () => {
    expect(result.errors).toEqual([expect.objectContaining({ row: 4, reason: 'missing-name' })]);
  });
});

describe('column mapping for any CSV', () => {
  it('suggests targets from English and Japanese headers', () => {
    expect(suggestMapping(['氏名', '会社名', 'メールアドレス', '電話番号', 'メモ', '好きな色'])).toEqual([
      'name',
      'company',
      'email',
      'phone',
      'about',
      'ignore',
    ]);
    expect(suggestMapping(['First name', 'Last_Name', 'E-mail', 'Email 2', 'Job Title', 'Company'])).toEqual([
      'firstName',
      'lastName',
      'email',
      'email',
      'title',
      'company',
    ]);
  });

  it('uses a single-value target once', () => {
    expect(suggestMapping(['Name', 'Full name'])).toEqual(['name', 'ignore']);
  });

  it('turns rows into records with the mapping the user chose', () => {
    const table = readCsv(fixtureText('generic-ja.csv'), undefined, '')!;
    const mapping = suggestMapping(table.headers);
    const result = applyMapping(table, mapping);
    expect(result.records.map((r) => r.name)).toEqual(['中村 優', 'Olivia Grant']);
    expect(result.records[0]!.about).toBe('Prefers mornings; bring a map');
    expect(result.records[0]!.phones).toEqual(['090-7777-8888']);
    expect(result.errors).toEqual([expect.objectContaining({ row: 4, reason: 'missing-name' })]);
    // A different choice gives a different result: the mapping is really applied.
    const asTags = applyMapping(
      table,
      mapping.map((t, i) => (i === 5 ? 'tags' : t)),
    );
    expect(asTags.records[1]!.tags).toEqual(['green']);
  });
});

describe('format detection', () => {
  it.each([
    ['linkedin-connections.csv', 'linkedin-csv'],
    ['linkedin-export.zip', 'linkedin-zip'],
    ['contacts-v21.vcf', 'vcard'],
    ['contacts-v30.vcf', 'vcard'],
    ['google-contacts.csv', 'google-csv'],
    ['generic-ja.csv', 'csv'],
  ])('%s is %s', (file, format) => {
    expect(detectFormat(file, fixtureBytes(file))).toBe(format);
  });

  it('detects a vCard by content whatever the file is called', () => {
    expect(
      detectFormat('export.txt', new TextEncoder().encode('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\n')),
    ).toBe('vcard');
  });

  it('offers the column mapping for an unknown CSV', () => {
    const file = readImportFile('generic-ja.csv', fixtureBytes('generic-ja.csv'));
    expect(file.format).toBe('csv');
    if (file.format === 'csv') expect(file.suggested[0]).toBe('name');
  });

  it('reads Shift_JIS files (Excel in Japanese) as well as UTF-8', () => {
    const sjis = new Uint8Array([0x8e, 0x81, 0x96, 0xbc, 0x0d, 0x0a]); // 氏名\r\n
    expect(decodeText(sjis)).toBe('氏名\r\n');
    expect(decodeText(new TextEncoder().encode('\uFEFF氏名'))).toBe('氏名');
  });
});

describe('format detection of large files', () => {
  it('recognises a UTF-8 Connections.csv whose first 64 KB end inside a Japanese character', () => {
    const header = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On\r\n';
    let text = header;
    let i = 0;
    // Grow until the 65,536th byte falls in the middle of a three-byte character.
    while (new TextEncoder().encode(text).length < 70_000) {
      text += `太郎,山田,https://www.linkedin.com/in/taro-${i++},,株式会社サンプル,エンジニア,1 Jan 2020\r\n`;
    }
    const bytes = new TextEncoder().encode(text);
    const cut = bytes[65_536]!;
    expect(cut & 0xc0).toBe(0x80); // a continuation byte: the 64 KB mark splits a character
    expect(detectFormat('Connections.csv', bytes)).toBe('linkedin-csv');
    const file = readImportFile('Connections.csv', bytes);
    expect(file.format === 'linkedin-csv' && file.result.records[0]!.name).toBe('山田 太郎');
  });
});
