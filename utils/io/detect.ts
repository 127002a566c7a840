import { readCsv, type CsvTable } from './csv-read';
import { parseLinkedInConnections, readLinkedInTable } from './linkedin-csv';
import { isGoogleHeader, parseGoogleContacts } from './google-csv';
import { connectionsCsvFromZip } from './linkedin-zip';
import { parseVCards } from './vcard-read';
import { suggestMapping, type ColumnMapping } from './column-mapping';
import { ImportFileError, type ImportFormat, type ParseResult } from './types';

/**
 * Text of a file: UTF-8 when it is valid UTF-8, else Shift_JIS, which is what Excel and older Japanese
 * phones still write. A wrong guess would turn every Japanese name into mojibake.
 */
export function decodeText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    try {
      return new TextDecoder('shift_jis').decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
    }
  }
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length > 3 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** The format of a file, from its content (names lie: LinkedIn's file is .csv, but so is everything). */
export function detectFormat(fileName: string, bytes: Uint8Array, text?: string): ImportFormat {
  if (isZip(bytes)) return 'linkedin-zip';
  // Decoding the whole file, not a slice: a slice can end inside a UTF-8 character and look like Shift_JIS.
  const head = (text ?? decodeText(bytes)).slice(0, 64 * 1024);
  if (/^\s*BEGIN:VCARD/im.test(head) || /\.(vcf|vcard)$/i.test(fileName)) return 'vcard';
  const complete = head.slice(0, head.lastIndexOf('\n') + 1) || head;
  if (readLinkedInTable(complete)) return 'linkedin-csv';
  if (readCsv(complete, isGoogleHeader)) return 'google-csv';
  return 'csv';
}

/** A file read far enough to preview: either parsed records, or a CSV waiting for its column mapping. */
export type ReadFile =
  | { format: Exclude<ImportFormat, 'csv'>; result: ParseResult }
  | { format: 'csv'; table: CsvTable; suggested: ColumnMapping };

export function readImportFile(fileName: string, bytes: Uint8Array): ReadFile {
  if (bytes.length === 0) throw new ImportFileError('empty', 'The file is empty.');
  if (isZip(bytes)) return { format: 'linkedin-zip', result: parseLinkedInConnections(connectionsCsvFromZip(bytes)) };
  const text = decodeText(bytes);
  const format = detectFormat(fileName, bytes, text);
  switch (format) {
    case 'linkedin-zip':
    case 'linkedin-csv':
      return { format: 'linkedin-csv', result: parseLinkedInConnections(text) };
    case 'google-csv':
      return { format, result: parseGoogleContacts(text) };
    case 'vcard': {
      const result = parseVCards(text);
      if (result.records.length === 0 && result.errors.length === 0) throw new ImportFileError('not-vcard', 'No vCard found in the file.');
      return { format, result };
    }
    case 'csv': {
      const table = readCsv(text, undefined, '');
      if (!table) throw new ImportFileError('no-header', 'The file has no header row.');
      return { format, table, suggested: suggestMapping(table.headers) };
    }
  }
}
