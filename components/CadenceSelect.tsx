import { useId } from 'react';
import { useT } from './i18n';
import type { Translate } from '../utils/i18n';

export const CADENCE_PRESETS = [7, 14, 30, 60, 90, 180, 365] as const;

export function cadenceLabel(t: Translate, days: number | null): string {
  if (days === null) return t('cadence.none');
  if (days === 365) return t('cadence.year');
  if (days === 30) return t('cadence.month');
  if (days === 7) return t('cadence.week');
  if (days % 30 === 0) return t('cadence.months', { n: days / 30 });
  if (days % 7 === 0) return t('cadence.weeks', { n: days / 7 });
  return t('cadence.days', { n: days });
}

/** How often to check in with someone; includes the person's current value even when it is not a preset. */
export function CadenceSelect({
  value,
  onChange,
  label,
}: {
  value: number | null;
  onChange: (days: number | null) => void;
  label?: string;
}) {
  const t = useT();
  const id = useId();
  const options: (number | null)[] = [...CADENCE_PRESETS];
  if (value !== null && !options.includes(value)) options.push(value);
  options.sort((a, b) => (a ?? 0) - (b ?? 0));
  return (
    <span className="cadence-select">
      <label htmlFor={id}>{label ?? t('cadence.label')}</label>{' '}
      <select
        id={id}
        className="field"
        value={value === null ? 'none' : String(value)}
        onChange={(event) => onChange(event.target.value === 'none' ? null : Number(event.target.value))}
      >
        {options.map((days) => (
          <option key={days} value={String(days)}>
            {cadenceLabel(t, days)}
          </option>
        ))}
        <option value="none">{t('cadence.none')}</option>
      </select>
    </span>
  );
}
