const MONTHS: Record<string, number> = {
  jan: 0,
  feb: 1,
  mar: 2,
  apr: 3,
  may: 4,
  jun: 5,
  jul: 6,
  aug: 7,
  sep: 8,
  sept: 8,
  oct: 9,
  nov: 10,
  dec: 11,
};

function localDay(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 2200 || month < 0 || month > 11 || day < 1 || day > 31) return null;
  const date = new Date(year, month, day);
  // Rejects 31 Feb and the like, which Date would roll into March.
  return date.getMonth() === month && date.getDate() === day ? date.getTime() : null;
}

/** Two-digit years (`9-Sep-22`, `1/8/18`) are this century's up to 69, as spreadsheets read them. */
function fullYear(text: string): number {
  const year = Number(text);
  if (text.length > 2) return year;
  return year < 70 ? 2000 + year : 1900 + year;
}

/** How to read an all-numeric `1/8/18`: month first (LinkedIn's own and US spreadsheets) or day first. */
export type NumericOrder = 'mdy' | 'dmy';

/** A clock time after a date (`, 6:14 PM`, ` 18:14:00`) says nothing about the day. */
const TIME = String.raw`(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?)?)?`;
const NUMERIC = new RegExp(String.raw`^(\d{1,2})([/.])(\d{1,2})\2(\d{4}|\d{2})${TIME}$`);

/**
 * Reads the dates contact files use, as local midnight (a day, not an instant: "we met on 15 March"):
 * LinkedIn's forms over the years (`15 Mar 2024`, `1/8/18, 6:14 PM`), what a spreadsheet leaves after re-saving
 * (`9-Sep-22`, `11/27/2026`, `27/11/2026`, `27.11.2026`), `Mar 15, 2024`, ISO `2024-03-15` (with or without a
 * time), vCard's `20240315`, and Japanese `2024/03/15` or `2024年3月15日`. Anything else is null, never a guess.
 * An all-numeric date is read in `order` unless one of its numbers cannot be a month (`27/11/2026`).
 */
export function parseDay(value: string, order: NumericOrder = 'mdy'): number | null {
  const text = value.trim();
  if (!text) return null;
  let m = new RegExp(String.raw`^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-,]+(\d{4}|\d{2})${TIME}$`).exec(text);
  if (m) {
    const month = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    return month === undefined ? null : localDay(fullYear(m[3]!), month, Number(m[1]));
  }
  m = new RegExp(String.raw`^([A-Za-z]{3,9})\.?[\s-]+(\d{1,2}),?[\s-]+(\d{4})${TIME}$`).exec(text);
  if (m) {
    const month = MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    return month === undefined ? null : localDay(Number(m[3]), month, Number(m[2]));
  }
  m = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[T\s].*)?$/.exec(text) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) return localDay(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日$/.exec(text);
  if (m) return localDay(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = NUMERIC.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[3])];
    // Dots are the day-first countries' separator (27.11.2026); a number over 12 cannot be the month.
    const dayFirst = a > 12 || (b <= 12 && (m[2] === '.' || order === 'dmy'));
    return dayFirst ? localDay(fullYear(m[4]!), b - 1, a) : localDay(fullYear(m[4]!), a - 1, b);
  }
  return null;
}

/**
 * The order of a whole column of all-numeric dates: day first when some date can only be read that way
 * (`27/11/2026`) and none only month first (`9/27/23`). One file comes from one locale, so one row that
 * cannot be a month settles the ambiguous ones (`8/1/2018`) too.
 */
export function numericOrderOf(values: Iterable<string>): NumericOrder {
  let dayFirst = false;
  let monthFirst = false;
  for (const value of values) {
    const m = NUMERIC.exec(value.trim());
    if (!m || m[2] !== '/') continue;
    if (Number(m[1]) > 12) dayFirst = true;
    if (Number(m[3]) > 12) monthFirst = true;
  }
  return dayFirst && !monthFirst ? 'dmy' : 'mdy';
}

/** `YYYY-MM-DD` of a local day, for exports a spreadsheet reads as a date. */
export function formatDay(time: number | null): string {
  if (time === null) return '';
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
