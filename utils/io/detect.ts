import { readCsv, type CsvTable } from './csv-read';
import { parseLinkedInConnections, readLinkedInTable } from './linkedin-csv';
import { isGoogleHeader, parseGoogleContacts } from './google-csv';
import { isOutlookHeader, parseOutlookContacts } from './outlook-csv';
import { connectionsCsvFromZip } from './linkedin-zip';
import { parseVCardBytes } from './vcard-read';
import { suggestMapping, type ColumnMapping } from './column-mapping';
import { decodeBytes } from './charset';
import { ImportFileError, type ImportFormat, type ParseResult } from './types';

/**
 * UTF-16 text: Excel's "Unicode Text" and some address-book exports write it, with a byte-order mark; without
 * one, the zero bytes of ASCII characters in every other position give the byte order away.
 */
function utf16Label(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  if (sample.length < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = sample.length / 2;
  if (oddZero > pairs * 0.6 && evenZero === 0) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero === 0) return 'utf-16be';
  return null;
}

/**
 * Whether bytes are not text at all (a spreadsheet, a picture, a PDF renamed .csv): text files never hold NUL,
 * and hardly any other control characters besides tab and line ends.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d && byte !== 0x0c) control++;
  }
  return control > sample.length * 0.02;
}

/**
 * Text of a file: UTF-16 when it says so, UTF-8 when it is valid UTF-8, else the legacy charset that reads it
 * best (Shift_JIS from Excel in Japanese and older phones, Windows-1252 from Excel and Outlook elsewhere).
 */
export function decodeText(bytes: Uint8Array): string {
  const utf16 = utf16Label(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes).replace(/^\uFEFF/, '');
  return decodeBytes(bytes);
}

/** An office document (xlsx, docx) is a zip too; it is not LinkedIn's export, and not a contact file. */
function isOfficeZip(bytes: Uint8Array): boolean {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return head.includes('[Content_Types].xml');
}

/** Refuses, before any mapping step, a file that is not text. */
function assertText(bytes: Uint8Array): void {
  if ((isZip(bytes) && isOfficeZip(bytes)) || (!isZip(bytes) && !utf16Label(bytes) && looksBinary(bytes))) {
    throw new ImportFileError('binary', 'This file is not text: save it as CSV (UTF-8) or vCard and choose it again.');
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
  if (readCsv(complete, isOutlookHeader) ?? readCsv(complete, isOutlookHeader, ';')) return 'outlook-csv';
  return 'csv';
}

/** A file read far enough to preview: either parsed records, or a CSV waiting for its column mapping. */
export type ReadFile =
  | { format: Exclude<ImportFormat, 'csv'>; result: ParseResult }
  | { format: 'csv'; table: CsvTable; suggested: ColumnMapping };

export function readImportFile(fileName: string, bytes: Uint8Array): ReadFile {
  if (bytes.length === 0) throw new ImportFileError('empty', 'The file is empty.');
  assertText(bytes);
  if (isZip(bytes)) return { format: 'linkedin-zip', result: parseLinkedInConnections(connectionsCsvFromZip(bytes)) };
  const text = decodeText(bytes);
  const format = detectFormat(fileName, bytes, text);
  switch (format) {
    case 'linkedin-zip':
    case 'linkedin-csv':
      return { format: 'linkedin-csv', result: parseLinkedInConnections(text) };
    case 'google-csv':
      return { format, result: parseGoogleContacts(text) };
    case 'outlook-csv':
      return { format, result: parseOutlookContacts(text) };
    case 'vcard': {
      // Charsets are decided card by card from the bytes; UTF-16 files are already text.
      const result = parseVCardBytes(utf16Label(bytes) ? new TextEncoder().encode(text) : bytes);
      if (result.records.length === 0 && result.errors.length === 0)
        throw new ImportFileError('not-vcard', 'No vCard found in the file.');
      return { format, result };
    }
    case 'csv': {
      const table = readCsv(text, undefined, '');
      if (!table) throw new ImportFileError('no-header', 'The file has no header row.');
      return { format, table, suggested: suggestMapping(table.headers) };
    }
  }
}
