import { useId, useState } from 'react';
import { useT } from '../../../components/i18n';
import { db } from '../../../utils/db/instance';
import { deleteInteraction, logInteraction } from '../../../utils/db/interactions';
import { useBurstGuard } from '../../../components/use-burst-guard';
import { INTERACTION_KINDS, type InteractionKind } from '../../../utils/model/interaction';
import { fromDateInput, toDateInput } from '../../../components/format';
import { useWrite } from '../../../components/write/use-write';
import { useToast } from '../ui/Toast';

/** "We talked": kind, day (today or a past day) and an optional note; restarts the clock. */
export function LogInteractionForm({ contactId, name }: { contactId: string; name: string }) {
  const t = useT();
  const write = useWrite();
  const toast = useToast();
  const guard = useBurstGuard();
  const id = useId();
  const today = toDateInput(Date.now());
  const [kind, setKind] = useState<InteractionKind>('message');
  const [day, setDay] = useState(today);
  const [note, setNote] = useState('');

  return (
    <section className="card log-card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('dash.log.title')}</h2>
      <form
        className="log-form"
        onSubmit={(e) => {
          e.preventDefault();
          // Today means "just now"; a past day is stored at its local noon.
          const at = day === today || !day ? Date.now() : (fromDateInput(day) ?? Date.now());
          // A double-click on "Log it" is one talk; the toast's Undo removes exactly the talk it reports.
          void guard(async () => {
            const logged = await write(t('write.what.talk', { name }), () =>
              logInteraction(db, contactId, { kind, at, note }),
            );
            if (!logged.ok) return;
            setNote('');
            setDay(toDateInput(Date.now()));
            toast(t('dash.log.done'), {
              label: t('undo'),
              run: () => void write(t('write.what.talkDelete', { name }), () => deleteInteraction(db, logged.value.id)),
            });
          });
        }}
      >
        <div className="log-row">
          <div className="form-row">
            <label htmlFor={`${id}-kind`}>{t('dash.log.kind')}</label>
            <select
              id={`${id}-kind`}
              className="field"
              value={kind}
              onChange={(e) => setKind(e.target.value as InteractionKind)}
            >
              {INTERACTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kind.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="form-row">
            <label htmlFor={`${id}-day`}>{t('dash.log.day')}</label>
            <input
              id={`${id}-day`}
              type="date"
              className="field"
              value={day}
              max={today}
              onChange={(e) => setDay(e.target.value)}
            />
          </div>
        </div>
        <div className="form-row">
          <label htmlFor={`${id}-note`}>{t('dash.log.note')}</label>
          <input id={`${id}-note`} className="field" value={note} onChange={(e) => setNote(e.target.value)} />
        </div>
        <div className="form-actions">
          <button type="submit" className="btn btn-primary">
            {t('dash.log.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}
