import Papa from 'papaparse';
import type { RowError } from './types';

export interface CsvTable {
  headers: string[];
  /** Data rows as cells, each with the 1-based line it started on in the file. */
  rows: Array<{ line: number; cells: string[] }>;
  errors: RowError[];
}

/** Strips the byte-order mark spreadsheet programs put at the start of UTF-8 CSV files. */
export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Parses CSV text (RFC 4180 and the usual deviations) with papaparse. The header is the first row for which
 * `isHeader` is true, so files that begin with note lines (LinkedIn's Connections.csv) are read too.
 * Rows whose field count differs from the header's are reported, not guessed at.
 */
export function readCsv(
  text: string,
  isHeader: (cells: string[]) => boolean = (c) => c.some((v) => v.trim() !== ''),
  /** '' lets papaparse guess among comma, semicolon and tab (spreadsheets in some locales use `;`). */
  delimiter = ',',
): CsvTable | null {
  const source = stripBom(text);
  const parsed = Papa.parse<string[]>(source, {
    header: false,
    skipEmptyLines: false,
    delimiter,
    delimitersToGuess: [',', ';', '\t'],
  });
  // papaparse reports rows by index; lines are counted here so a quoted multi-line cell keeps the numbers right.
  const lineOf = rowStartLines(parsed.data);
  const broken = new Map<number, string>();
  for (const error of parsed.errors) {
    if (error.row !== undefined && error.row !== null && error.code !== 'UndetectableDelimiter') broken.set(error.row, error.code);
  }
  let headerIndex = -1;
  for (let i = 0; i < parsed.data.length; i++) {
    if (!broken.has(i) && isHeader(parsed.data[i]!)) {
      headerIndex = i;
      break;
    }
  }
  if (headerIndex < 0) return null;
  const headers = parsed.data[headerIndex]!.map((h) => h.trim());
  const rows: CsvTable['rows'] = [];
  const errors: RowError[] = [];
  for (let i = headerIndex + 1; i < parsed.data.length; i++) {
    const cells = parsed.data[i]!;
    const line = lineOf[i]!;
    if (cells.length === 1 && cells[0]!.trim() === '') continue;
    const code = broken.get(i);
    if (code && code !== 'TooFewFields' && code !== 'TooManyFields') {
      errors.push({ row: line, reason: 'malformed-row', detail: excerpt(cells.join(',')) });
      continue;
    }
    if (cells.length !== headers.length) {
      // A trailing empty cell from a trailing comma is harmless; anything else would shift the columns.
      const trailingEmpty = cells.length === headers.length + 1 && cells[cells.length - 1] === '';
      if (!trailingEmpty) {
        errors.push({ row: line, reason: 'wrong-field-count', detail: `${cells.length}/${headers.length}` });
        continue;
      }
    }
    rows.push({ line, cells });
  }
  return { headers, rows, errors };
}

function rowStartLines(data: string[][]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const cells of data) {
    lines.push(line);
    for (const cell of cells) for (let i = 0; i < cell.length; i++) if (cell.charCodeAt(i) === 10) line++;
    line++;
  }
  return lines;
}

export function excerpt(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

/** Looks a header up without regard to case, spaces or punctuation. */
export function headerIndex(headers: readonly string[], ...names: string[]): number {
  const wanted = names.map(normalizeHeader);
  return headers.findIndex((h) => wanted.includes(normalizeHeader(h)));
}

export function normalizeHeader(header: string): string {
  return header.normalize('NFKC').toLowerCase().replace(/[\s_\-.:：・]/g, '');
}
