const MONTHS: Record<string, number> = {
  jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11,
};

function localDay(year: number, month: number, day: number): number | null {
  if (year < 1900 || year > 2200 || month < 0 || month > 11 || day < 1 || day > 31) return null;
  const date = new Date(year, month, day);
  // Rejects 31 Feb and the like, which Date would roll into March.
  return date.getMonth() === month && date.getDate() === day ? date.getTime() : null;
}

/**
 * Reads the dates contact files use, as local midnight (a day, not an instant: "we met on 15 March"):
 * LinkedIn's `15 Mar 2024`, `Mar 15, 2024`, ISO `2024-03-15` (with or without a time), vCard's `20240315`,
 * and Japanese `2024/03/15` or `2024年3月15日`. Anything else is null, never a guess.
 */
export function parseDay(value: string): number | null {
  const text = value.trim();
  if (!text) return null;
  let m = /^(\d{1,2})[\s-]+([A-Za-z]{3,9})\.?[\s-,]+(\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS[m[2]!.slice(0, 3).toLowerCase()];
    return month === undefined ? null : localDay(Number(m[3]), month, Number(m[1]));
  }
  m = /^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(text);
  if (m) {
    const month = MONTHS[m[1]!.slice(0, 3).toLowerCase()];
    return month === undefined ? null : localDay(Number(m[3]), month, Number(m[2]));
  }
  m = /^(\d{4})[-/.]?(\d{2})[-/.]?(\d{2})(?:[T\s].*)?$/.exec(text) ?? /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(text);
  if (m) return localDay(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  m = /^(\d{4})年\s*(\d{1,2})月\s*(\d{1,2})日$/.exec(text);
  if (m) return localDay(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return null;
}

/** `YYYY-MM-DD` of a local day, for exports a spreadsheet reads as a date. */
export function formatDay(time: number | null): string {
  if (time === null) return '';
  const d = new Date(time);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
