import { useId } from 'react';
import { useT } from '../i18n';
import { cadenceLabel } from '../CadenceSelect';
import { RECENT_MONTHS, type KeepChoice } from '../../utils/io/keep-choice';

/** The cadences offered at import: the three the sorting flow offers too. */
const KEEP_CADENCES = [30, 90, 365] as const;

/**
 * "Keep in touch with: nobody yet / people I connected with in the last N months / everyone", asked before an
 * import writes anything. Nobody is the default (utils/io/keep-choice.ts says why). `tracked` is how many new
 * people the current choice would put in reminders, so the badge's future is visible before pressing Import.
 */
export function KeepChoiceStep({
  choice,
  onChange,
  tracked,
  disabled,
}: {
  choice: KeepChoice;
  onChange: (choice: KeepChoice) => void;
  tracked: number;
  disabled: boolean;
}) {
  const t = useT();
  const ids = { legend: useId(), months: useId(), cadence: useId(), name: useId() };
  const months = choice.who === 'recent' ? choice.months : 3;
  const cadenceDays = choice.who === 'nobody' ? 90 : choice.cadenceDays;

  return (
    <fieldset className="io-keep" disabled={disabled}>
      <legend id={ids.legend}>{t('io.keep.legend')}</legend>
      <label className="io-keep-option">
        <input
          type="radio"
          name={ids.name}
          checked={choice.who === 'nobody'}
          onChange={() => onChange({ who: 'nobody' })}
        />
        <span>
          <strong>{t('io.keep.nobody')}</strong>
          <span className="io-hint">{t('io.keep.nobodyHint')}</span>
        </span>
      </label>
      <label className="io-keep-option">
        <input
          type="radio"
          name={ids.name}
          checked={choice.who === 'recent'}
          onChange={() => onChange({ who: 'recent', months, cadenceDays })}
        />
        <span>
          <strong>{t('io.keep.recent', { n: months })}</strong>
        </span>
      </label>
      <label className="io-keep-option">
        <input
          type="radio"
          name={ids.name}
          checked={choice.who === 'everyone'}
          onChange={() => onChange({ who: 'everyone', cadenceDays })}
        />
        <span>
          <strong>{t('io.keep.everyone')}</strong>
        </span>
      </label>
      {choice.who !== 'nobody' ? (
        <div className="io-keep-details">
          {choice.who === 'recent' ? (
            <span>
              <label htmlFor={ids.months}>{t('io.keep.period')}</label>{' '}
              <select
                id={ids.months}
                className="field"
                value={String(choice.months)}
                onChange={(e) => onChange({ ...choice, months: Number(e.target.value) })}
              >
                {RECENT_MONTHS.map((n) => (
                  <option key={n} value={String(n)}>
                    {t('io.keep.months', { n })}
                  </option>
                ))}
              </select>
            </span>
          ) : null}
          <span>
            <label htmlFor={ids.cadence}>{t('io.keep.cadence')}</label>{' '}
            <select
              id={ids.cadence}
              className="field"
              value={String(choice.cadenceDays)}
              onChange={(e) => onChange({ ...choice, cadenceDays: Number(e.target.value) })}
            >
              {KEEP_CADENCES.map((days) => (
                <option key={days} value={String(days)}>
                  {cadenceLabel(t, days)}
                </option>
              ))}
            </select>
          </span>
        </div>
      ) : null}
      <p className="io-hint" aria-live="polite">
        {choice.who === 'nobody' ? t('io.keep.summaryNobody') : t('io.keep.summary', { n: tracked })}
      </p>
    </fieldset>
  );
}
