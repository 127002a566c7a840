import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../components/i18n';
import { useSettings } from '../../components/use-settings';
import { Avatar } from '../../components/Avatar';
import { DueChip } from '../../components/DueChip';
import { notifyDataChanged } from '../../components/notify-changed';
import { db } from '../../utils/db/instance';
import { listDueBy, countOverdue } from '../../utils/db/queries';
import { snooze } from '../../utils/db/contacts';
import { logInteraction } from '../../utils/db/interactions';
import { DAY_MS } from '../../utils/cadence/due';
import { dueText } from './due-text';
import { openDashboard } from '../../components/open-dashboard';

/** Away from a profile: who is due now, most overdue first, with done and snooze one tap away. */
export function DueList() {
  const t = useT();
  const { settings } = useSettings();
  const now = Date.now();
  const data = useLiveQuery(async () => {
    const [total, overdue, due] = await Promise.all([
      db.contacts.count(),
      countOverdue(db, now),
      listDueBy(db, now + settings.soonDays * DAY_MS, 20),
    ]);
    return { total, overdue, due };
  }, [settings.soonDays]);

  if (!data) return null;

  if (data.total === 0) {
    return (
      <section className="card empty">
        <h2>{t('popup.emptyTitle')}</h2>
        <p>{t('popup.emptyBody')}</p>
        <button type="button" className="btn" onClick={() => openDashboard('#/settings')}>
          {t('popup.emptyImport')}
        </button>
      </section>
    );
  }

  async function act(action: () => Promise<unknown>) {
    await action();
    await notifyDataChanged();
  }

  return (
    <section className="stack" aria-labelledby="due-title">
      <div className="row" style={{ justifyContent: 'space-between' }}>
        <h2 id="due-title" className="section-title">
          {t('popup.dueTitle')}
        </h2>
        {data.overdue > 0 && <span className="muted">{t('popup.dueCount', { n: data.overdue })}</span>}
      </div>
      {data.due.length === 0 ? (
        <p className="card hint">{t('popup.allCaughtUp')}</p>
      ) : (
        <ul className="due-list">
          {data.due.map((person) => {
            const due = dueText(t, person.dueAt, now, settings.soonDays);
            return (
              <li key={person.id} className="due-item">
                <Avatar name={person.name} url={person.avatarUrl} size={34} />
                <div className="due-item-main">
                  <strong>{person.name}</strong>
                  <span>{[person.title, person.company].filter(Boolean).join(' @ ') || person.headline}</span>
                  <DueChip state={due.state} reason={due.text} />
                </div>
                <div className="stack">
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={t('popup.doneLabel', { name: person.name })}
                    onClick={() => void act(() => logInteraction(db, person.id, { kind: 'message' }))}
                  >
                    {t('popup.done')}
                  </button>
                  <button
                    type="button"
                    className="btn btn-small"
                    aria-label={t('popup.snoozeLabel', { name: person.name })}
                    onClick={() => void act(() => snooze(db, person.id, Date.now() + 7 * DAY_MS))}
                  >
                    {t('popup.snoozeWeek')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
