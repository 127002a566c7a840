import type { Lang } from '../utils/i18n';
import { DAY_MS } from '../utils/cadence/due';

const LOCALES: Record<Lang, string> = { en: 'en', ja: 'ja' };

/** "3 weeks ago", "in 2 days", "yesterday" — in the UI language. */
export function formatRelative(lang: Lang, at: number, now = Date.now()): string {
  const rtf = new Intl.RelativeTimeFormat(LOCALES[lang], { numeric: 'auto' });
  const days = Math.round((at - now) / DAY_MS);
  const abs = Math.abs(days);
  if (abs < 14) return rtf.format(days, 'day');
  if (abs < 60) return rtf.format(Math.round(days / 7), 'week');
  if (abs < 365) return rtf.format(Math.round(days / 30), 'month');
  return rtf.format(Math.round(days / 365), 'year');
}

export function formatDate(lang: Lang, at: number): string {
  return new Intl.DateTimeFormat(LOCALES[lang], { year: 'numeric', month: 'short', day: 'numeric' }).format(at);
}

/** `YYYY-MM-DD` in local time, for <input type="date">. */
export function toDateInput(at: number): string {
  const d = new Date(at);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local midnight of a `YYYY-MM-DD` value, or null when empty/invalid. */
export function fromDateInput(value: string): number | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return null;
  const at = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
  return Number.isNaN(at) ? null : at;
}
