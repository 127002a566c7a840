import { useState } from 'react';
import { useT } from '../../components/i18n';
import { notifyDataChanged } from '../../components/notify-changed';
import { db } from '../../utils/db/instance';
import { errorText } from '../../components/error-text';
import { logInteraction } from '../../utils/db/interactions';
import type { InteractionKind } from '../../utils/model/interaction';

const QUICK_KINDS: InteractionKind[] = ['message', 'call', 'video', 'coffee', 'lunch', 'meeting'];

/** One tap logs a talk of the chosen kind and restarts the clock. */
export function TalkLogger({ contactId }: { contactId: string }) {
  const t = useT();
  const [kind, setKind] = useState<InteractionKind>('message');
  const [status, setStatus] = useState('');

  async function log() {
    try {
      await logInteraction(db, contactId, { kind });
      await notifyDataChanged();
      setStatus(t('popup.logged'));
    } catch (error) {
      setStatus(errorText(t, error));
    }
  }

  return (
    <div className="stack">
      <div className="kind-picker" role="group" aria-label={t('popup.talkKind')}>
        {QUICK_KINDS.map((option) => (
          <button key={option} type="button" aria-pressed={kind === option} onClick={() => setKind(option)}>
            {t(`kind.${option}`)}
          </button>
        ))}
      </div>
      <button type="button" className="btn btn-primary" onClick={() => void log()}>
        {t('popup.talkedToday')}
      </button>
      <p className="hint" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
