import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { decodeText, readImportFile } from '../../../utils/io/detect';
import { guessLegacyCharset } from '../../../utils/io/charset';
import { readCsv } from '../../../utils/io/csv-read';
import { ImportFileError } from '../../../utils/io/types';
import { fixtureBytes, fixtureText } from './fixtures';

describe('issue 12 item 5: a stray quote in one CSV row', () => {
  it('is reported as that one bad row, and every row after it is still read', () => {
    const read = readImportFile('Connections.csv', fixtureBytes('csv-stray-quote.csv'));
    if (read.format !== 'linkedin-csv') throw new Error(read.format);
    const { records, errors } = read.result;
    expect(records.map((r) => r.name)).toEqual(['Noor Haddad', 'Tariq Aziz', 'Elif Demir', 'Oskar Nowak', 'Mei Lin']);
    expect(records[3]!.company).toBe('Vistula, Ltd');
    expect(errors).toEqual([expect.objectContaining({ row: 7, reason: 'malformed-row' })]);
    // good + bad = the file's six data rows
    expect(records.length + errors.length).toBe(6);
  });

  it('keeps going after a quote that never closes, and after a quote inside a quoted cell', () => {
    const table = readCsv('a,b\n1,"open\n2,x\n3,"bad"quote\n4,y\n')!;
    expect(table.rows.map((r) => [r.line, r.cells[0]])).toEqual([
      [3, '2'],
      [5, '4'],
    ]);
    expect(table.errors.map((e) => e.row)).toEqual([2, 4]);
  });

  it('still reads a quoted cell that spans lines as one cell', () => {
    const table = readCsv('a,b\n1,"two\nlines"\n2,z\n')!;
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['1', 'two\nlines'],
      ['2', 'z'],
    ]);
    expect(table.rows[1]!.line).toBe(4);
  });
});

describe('issue 12 item 9: files that are not UTF-8 text', () => {
  it('refuses a binary file renamed .csv with a clear error, before any mapping step', () => {
    expect(() => readImportFile('contacts.csv', fixtureBytes('binary-renamed.csv'))).toThrow(
      expect.objectContaining({ name: 'ImportFileError', code: 'binary' }),
    );
  });

  it('refuses a spreadsheet (xlsx) renamed .csv instead of looking for Connections.csv in it', () => {
    const xlsx = zipSync({ '[Content_Types].xml': strToU8('<Types/>'), 'xl/workbook.xml': strToU8('<workbook/>') });
    let error: unknown;
    try {
      readImportFile('contacts.csv', xlsx);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ImportFileError);
    expect((error as ImportFileError).code).toBe('binary');
  });

  it("decodes UTF-16 with a byte-order mark (Excel's Unicode Text, tab-separated) and recognises the format", () => {
    const read = readImportFile('Connections.csv', fixtureBytes('linkedin-utf16le-bom.csv'));
    if (read.format !== 'linkedin-csv') throw new Error(read.format);
    expect(read.result.records.map((r) => [r.name, r.company])).toEqual([
      ['Björn Åström', 'Nordljus AB'],
      ['小林 陽子', '株式会社カゼ'],
    ]);
  });

  it('decodes UTF-16 big-endian without a byte-order mark instead of showing garbage headers', () => {
    const text = 'Name,Email\r\nAda Quinn,ada@example.com\r\n';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) bytes[i * 2 + 1] = text.charCodeAt(i);
    const read = readImportFile('contacts.csv', bytes);
    expect(read.format === 'csv' && read.table.headers).toEqual(['Name', 'Email']);
  });

  it('reads a Windows-1252 CSV as Windows-1252, not as Shift_JIS ("Bölling" stays Bölling)', () => {
    const read = readImportFile('contacts.csv', fixtureBytes('generic-cp1252.csv'));
    if (read.format !== 'csv') throw new Error(read.format);
    expect(read.table.rows.map((r) => r.cells)).toEqual([
      ['Jonas Bölling', 'Müller & Söhne', 'Café on Straße 5 – ask about “Zoë”'],
      ['Inès Gómez', 'Señor Pan', ''],
    ]);
  });

  it('still reads Shift_JIS as Shift_JIS', () => {
    const sjis = new Uint8Array([0x8e, 0x52, 0x93, 0x63, 0x91, 0xbe, 0x98, 0x59]); // 山田太郎
    expect(guessLegacyCharset(sjis)).toBe('shift_jis');
    expect(decodeText(sjis)).toBe('山田太郎');
    expect(fixtureText('generic-ja.csv')).toContain('氏名');
  });

  it.each(['São Paulo', 'Hélène', 'Zoë Ångström', 'Straße'])('reads %s written in Windows-1252', (name) => {
    const bytes = new Uint8Array([...name].map((c) => c.charCodeAt(0)));
    expect(decodeText(bytes)).toBe(name);
  });
});
