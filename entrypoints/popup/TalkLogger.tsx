import { useRef, useState } from 'react';
import { useT } from '../../components/i18n';
import { notifyDataChanged } from '../../components/notify-changed';
import { useBurstGuard } from '../../components/use-burst-guard';
import { db } from '../../utils/db/instance';
import { errorText } from '../../components/error-text';
import { deleteInteraction, logInteraction } from '../../utils/db/interactions';
import type { InteractionKind } from '../../utils/model/interaction';

const QUICK_KINDS: InteractionKind[] = ['message', 'call', 'video', 'coffee', 'lunch', 'meeting'];

/**
 * One tap logs a talk of the chosen kind and restarts the clock. The button then reads "Logged" with an Undo beside
 * it: further clicks (a double-click, an impatient second tap) log nothing more, and Undo removes the talk it logged.
 * The button stays focusable (aria-disabled, not disabled) so keyboard focus is never dropped to the page.
 */
export function TalkLogger({ contactId }: { contactId: string }) {
  const t = useT();
  const guard = useBurstGuard();
  const [kind, setKind] = useState<InteractionKind>('message');
  const [loggedId, setLoggedId] = useState<string | null>(null);
  const logged = useRef<string | null>(null);
  const [status, setStatus] = useState('');
  const talkedButton = useRef<HTMLButtonElement>(null);

  async function log() {
    if (logged.current) return;
    await guard(async () => {
      try {
        const interaction = await logInteraction(db, contactId, { kind });
        logged.current = interaction.id;
        setLoggedId(interaction.id);
        setStatus(t('popup.logged'));
        await notifyDataChanged();
      } catch (error) {
        setStatus(errorText(t, error));
      }
    });
  }

  async function undo() {
    const id = logged.current;
    if (!id) return;
    try {
      await deleteInteraction(db, id);
      logged.current = null;
      setLoggedId(null);
      setStatus(t('popup.unlogged'));
      talkedButton.current?.focus();
      await notifyDataChanged();
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
      <div className="row talk-row">
        <button
          ref={talkedButton}
          type="button"
          className="btn btn-primary"
          aria-disabled={loggedId ? true : undefined}
          onClick={() => void log()}
        >
          {loggedId ? t('popup.talkLogged') : t('popup.talkedToday')}
        </button>
        {loggedId ? (
          <button type="button" className="btn" onClick={() => void undo()}>
            {t('undo')}
          </button>
        ) : null}
      </div>
      <p className="hint" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
