import { useRef, useState } from 'react';
import { useT } from '../../components/i18n';
import { useWrite } from '../../components/write/use-write';
import { useBurstGuard } from '../../components/use-burst-guard';
import { db } from '../../utils/db/instance';
import { deleteInteraction, logInteraction } from '../../utils/db/interactions';
import type { InteractionKind } from '../../utils/model/interaction';

const QUICK_KINDS: InteractionKind[] = ['message', 'call', 'video', 'coffee', 'lunch', 'meeting'];

/**
 * One tap logs a talk of the chosen kind and restarts the clock. The button then reads "Logged" with an Undo beside
 * it: further clicks (a double-click, an impatient second tap) log nothing more, and Undo removes the talk it logged.
 * The button stays focusable (aria-disabled, not disabled) so keyboard focus is never dropped to the page.
 */
export function TalkLogger({ contactId, name }: { contactId: string; name: string }) {
  const t = useT();
  const write = useWrite();
  const guard = useBurstGuard();
  const [kind, setKind] = useState<InteractionKind>('message');
  const [loggedId, setLoggedId] = useState<string | null>(null);
  const logged = useRef<string | null>(null);
  const [status, setStatus] = useState('');
  const talkedButton = useRef<HTMLButtonElement>(null);

  async function log() {
    if (logged.current) return;
    await guard(async () => {
      setStatus('');
      const interaction = await write(t('write.what.talk', { name }), () => logInteraction(db, contactId, { kind }));
      if (!interaction.ok) return;
      logged.current = interaction.value.id;
      setLoggedId(interaction.value.id);
      setStatus(t('popup.logged'));
    });
  }

  async function undo() {
    const id = logged.current;
    if (!id) return;
    const removed = await write(t('write.what.talkDelete', { name }), () => deleteInteraction(db, id));
    if (!removed.ok) return;
    logged.current = null;
    setLoggedId(null);
    setStatus(t('popup.unlogged'));
    talkedButton.current?.focus();
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
