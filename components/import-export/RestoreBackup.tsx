import { useId, useRef, useState } from 'react';
import type { TsunagariDB } from '../../utils/db/database';
import { parseBackup, restoreBackup, type Backup } from '../../utils/io/backup';
import { updateSettings } from '../../utils/settings/items';
import { useLang, useT } from '../i18n';
import { notifyDataChanged } from '../notify-changed';
import { readFileBytes } from './download';
import { ioErrorText } from './messages';

/**
 * Restore replaces everything, so it asks first and says how many people will be replaced by how many.
 * The backup is fully read and checked before the question; the replacement is one transaction.
 */
export function RestoreBackup({ db }: { db: TsunagariDB }) {
  const t = useT();
  const lang = useLang();
  const ids = { title: useId(), file: useId(), confirm: useId(), text: useId() };
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<{ backup: Backup; current: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean }>({ text: '', error: false });

  async function onFile(file: File | undefined) {
    setStatus({ text: '', error: false });
    setPending(null);
    if (!file) return;
    try {
      const backup = parseBackup(new TextDecoder().decode(await readFileBytes(file)));
      setPending({ backup, current: await db.contacts.count() });
    } catch (error) {
      setStatus({ text: ioErrorText(t, error), error: true });
    }
  }

  function reset() {
    setPending(null);
    if (input.current) input.current.value = '';
  }

  async function confirm() {
    if (!pending) return;
    setBusy(true);
    try {
      await restoreBackup(db, pending.backup);
      if (pending.backup.settings) await updateSettings(pending.backup.settings);
      setStatus({ text: t('io.restore.done', { people: pending.backup.tables.contacts.length }), error: false });
      reset();
      await notifyDataChanged();
    } catch (error) {
      setStatus({ text: ioErrorText(t, error), error: true });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="io-restore" role="group" aria-labelledby={ids.title}>
      <h4 id={ids.title}>{t('io.restore.title')}</h4>
      <div className="io-file">
        <label htmlFor={ids.file}>{t('io.restore.file')}</label>
        <input
          ref={input}
          id={ids.file}
          type="file"
          accept=".json,application/json"
          disabled={busy}
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
      </div>
      {pending ? (
        <div className="io-confirm" role="alertdialog" aria-labelledby={ids.confirm} aria-describedby={ids.text}>
          <p id={ids.confirm} className="io-confirm-title">
            {t('io.restore.confirmTitle')}
          </p>
          <p id={ids.text}>
            {t('io.restore.confirm', {
              current: pending.current,
              people: pending.backup.tables.contacts.length,
              date: new Date(pending.backup.exportedAt).toLocaleString(lang),
            })}
          </p>
          <div className="io-actions">
            {/* An alertdialog takes the focus; the safe choice gets it. */}
            <button type="button" className="btn" onClick={reset} disabled={busy} autoFocus>
              {t('cancel')}
            </button>
            <button
              type="button"
              className="btn btn-danger"
              onClick={() => void confirm()}
              disabled={busy}
              aria-busy={busy}
            >
              {t('io.restore.button')}
            </button>
          </div>
        </div>
      ) : null}
      <p className={status.error ? 'io-error' : 'io-status'} role="status" aria-live="polite">
        {status.text}
      </p>
    </div>
  );
}
