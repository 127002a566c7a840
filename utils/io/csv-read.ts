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
  const { data, broken } = parseRows(stripBom(text), delimiter);
  let headerIndex = -1;
  for (let i = 0; i < data.length; i++) {
    if (!broken.has(i) && isHeader(data[i]!.cells)) {
      headerIndex = i;
      break;
    }
  }
  if (headerIndex < 0) return null;
  const headers = data[headerIndex]!.cells.map((h) => h.trim());
  const rows: CsvTable['rows'] = [];
  const errors: RowError[] = [];
  for (let i = headerIndex + 1; i < data.length; i++) {
    const { cells, line } = data[i]!;
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

const QUOTE_ERRORS = new Set(['MissingQuotes', 'InvalidQuotes']);

/**
 * Rows with the line each starts on, and the codes of the broken ones. A stray quote makes papaparse read on
 * to the next quote, possibly the end of the file, as one cell: that row's first line is reported as broken and
 * the parse starts again on the line after it, so one bad row never swallows the rows that follow it.
 */
function parseRows(
  source: string,
  delimiter: string,
): { data: Array<{ line: number; cells: string[] }>; broken: Map<number, string> } {
  const lineStarts = [0];
  for (let i = 0; i < source.length; i++) if (source.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const data: Array<{ line: number; cells: string[] }> = [];
  const broken = new Map<number, string>();
  let firstLine = 1;
  let guessed = delimiter;
  for (;;) {
    const parsed = Papa.parse<string[]>(source.slice(lineStarts[firstLine - 1]), {
      header: false,
      skipEmptyLines: false,
      delimiter: guessed,
      delimitersToGuess: [',', ';', '\t'],
    });
    guessed = parsed.meta.delimiter;
    // papaparse reports rows by index; lines are counted here so a quoted multi-line cell keeps the numbers right.
    const lineOf = rowStartLines(parsed.data, firstLine);
    let stray = parsed.data.length;
    const codes = new Map<number, string>();
    for (const error of parsed.errors) {
      if (error.row === undefined || error.row === null || error.code === 'UndetectableDelimiter') continue;
      if (QUOTE_ERRORS.has(error.code)) stray = Math.min(stray, error.row);
      codes.set(error.row, error.code);
    }
    for (let i = 0; i < stray; i++) {
      const code = codes.get(i);
      if (code) broken.set(data.length, code);
      data.push({ line: lineOf[i]!, cells: parsed.data[i]! });
    }
    if (stray === parsed.data.length) break;
    const line = lineOf[stray]!;
    const text = source.slice(lineStarts[line - 1], lineStarts[line] ?? source.length).replace(/\r?\n$/, '');
    broken.set(data.length, 'InvalidQuotes');
    data.push({ line, cells: [text] });
    if (line >= lineStarts.length) break;
    firstLine = line + 1;
  }
  return { data, broken };
}

function rowStartLines(data: string[][], firstLine: number): number[] {
  const lines: number[] = [];
  let line = firstLine;
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
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-.:：・]/g, '');
}
