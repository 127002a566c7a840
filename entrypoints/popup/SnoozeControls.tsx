import { useId } from 'react';
import { useT } from '../../components/i18n';
import { useWrite } from '../../components/write/use-write';
import { toDateInput } from '../../components/format';
import { snoozePresetUntil, snoozeUntilDate } from '../../utils/cadence/snooze';
import { localTimeZone } from '../../utils/cadence/calendar';
import { db } from '../../utils/db/instance';
import { snooze } from '../../utils/db/contacts';
import { DAY_MS } from '../../utils/cadence/due';

/** Snooze a week, a month, or until a chosen day: one tap each. */
export function SnoozeControls({ contactId, name, dueAt }: { contactId: string; name: string; dueAt: number | null }) {
  const t = useT();
  const write = useWrite();
  const dateId = useId();

  async function until(at: number) {
    await write(t('write.what.snooze', { name }), () => snooze(db, contactId, at));
  }

  return (
    <div className="row" role="group" aria-labelledby={`${dateId}-title`}>
      <span id={`${dateId}-title`} className="section-title snooze-title">
        {t('popup.snooze')}
      </span>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => void until(snoozePresetUntil('week', Date.now(), localTimeZone(), dueAt))}
      >
        {t('popup.snoozeWeek')}
      </button>
      <button
        type="button"
        className="btn btn-small"
        onClick={() => void until(snoozePresetUntil('month', Date.now(), localTimeZone(), dueAt))}
      >
        {t('popup.snoozeMonth')}
      </button>
      <label htmlFor={dateId} className="hint">
        {t('popup.snoozeUntil')}
      </label>
      <input
        id={dateId}
        type="date"
        className="field btn-small"
        style={{ width: 'auto' }}
        min={toDateInput(Date.now() + DAY_MS)}
        onChange={(event) => {
          const at = snoozeUntilDate(event.target.value, Date.now(), localTimeZone());
          if (at !== null) void until(at);
        }}
      />
    </div>
  );
}
