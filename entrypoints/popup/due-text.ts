import type { Translate } from '../../utils/i18n';
import { DAY_MS, dueState, type DueState } from '../../utils/cadence/due';

/** A short reason for the chip: how late or how soon, in whole days. */
export function dueText(t: Translate, dueAt: number | null, now: number, soonDays: number): { state: DueState; text: string } {
  const state = dueState(dueAt, now, soonDays);
  if (dueAt === null) return { state, text: t('due.none') };
  const days = Math.floor(Math.abs(now - dueAt) / DAY_MS);
  if (state === 'overdue') return { state, text: days === 0 ? t('popup.dueToday') : t('popup.overdueSince', { n: days }) };
  return { state, text: days === 0 ? t('popup.dueToday') : t('popup.dueIn', { n: days }) };
}
