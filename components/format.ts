import type { Lang } from '../utils/i18n';

const DAY = 86_400_000;

/** "3 days ago" / "in 2 weeks" in the page's language, coarse on purpose: this is a nudge, not a log. */
export function formatRelative(at: number, now: number, lang: Lang): string {
  const rtf = new Intl.RelativeTimeFormat(lang, { numeric: 'auto' });
  const days = Math.round((at - now) / DAY);
  const abs = Math.abs(days);
  if (abs < 7) return rtf.format(days, 'day');
  if (abs < 60) return rtf.format(Math.round(days / 7), 'week');
  if (abs < 730) return rtf.format(Math.round(days / 30), 'month');
  return rtf.format(Math.round(days / 365), 'year');
}

export function formatDate(at: number, lang: Lang): string {
  return new Intl.DateTimeFormat(lang, { year: 'numeric', month: 'short', day: 'numeric' }).format(at);
}

/** yyyy-mm-dd in local time, for <input type="date">. */
export function toDateInput(at: number | null): string {
  if (at === null) return '';
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local noon of the picked day, so a date never slides to the day before across time zones. */
export function fromDateInput(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12).getTime();
}

/** "a, b, c" → ['a', 'b', 'c'] for tag and topic fields typed as one line. */
export function splitList(value: string): string[] {
  return value
    .split(/[,、，\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}
