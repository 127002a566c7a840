import { useT } from '../../../components/i18n';
import type { SyncStatus } from '../../../utils/settings/sync-account';

/** Last sync, what moved, the last error in plain words, and a progress bar while a large sync runs. */
export function SyncStatusView({ status, lang }: { status: SyncStatus; lang: string }) {
  const t = useT();
  const when = status.lastSyncAt
    ? new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(status.lastSyncAt)
    : null;
  return (
    <div className="sync-status" aria-live="polite">
      <p>{when ? t('sync.last', { when, sent: status.sent, received: status.received }) : t('sync.never')}</p>
      {status.progress ? (
        <label className="sync-progress">
          {t(status.progress.phase === 'receive' ? 'sync.receiving' : 'sync.sending', {
            done: status.progress.done,
            total: status.progress.total,
          })}
          <progress max={status.progress.total || 1} value={status.progress.done} />
        </label>
      ) : null}
      {status.lastError ? (
        <p className="warning">{t(`sync.error.${status.lastError.kind}` as 'sync.error.protocol')}</p>
      ) : null}
      {status.foreign ? <p className="muted hint">{t('sync.foreign', { n: status.foreign })}</p> : null}
    </div>
  );
}
