import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../components/i18n';
import { useSettings } from '../../components/use-settings';
import { Avatar } from '../../components/Avatar';
import { DueChip } from '../../components/DueChip';
import { useWrite } from '../../components/write/use-write';
import { openDashboard } from '../../components/open-dashboard';
import { db } from '../../utils/db/instance';
import { countOverdue, hasAnyone, listDueBy } from '../../utils/db/queries';
import { formatOverdue } from '../../utils/model/overdue-count';
import { snooze } from '../../utils/db/contacts';
import { logInteraction } from '../../utils/db/interactions';
import { DAY_MS } from '../../utils/cadence/due';
import type { Contact } from '../../utils/model/contact';
import { dueText } from './due-text';
import { snoozePresetUntil } from '../../utils/cadence/snooze';
import { localTimeZone } from '../../utils/cadence/calendar';
import { SuggestionCard } from '../../components/SuggestionCard';
import { dormantSuggestion } from '../../utils/db/suggestion-queries';
import { startTracking } from '../../utils/db/sort-queue';
import { cadenceForNewPerson } from '../../utils/cadence/new-person';

/** Away from a profile: who is due now (most overdue first) and who is coming up, with done and snooze one tap away. */
export function DueList() {
  const t = useT();
  const write = useWrite();
  const { settings } = useSettings();
  const data = useLiveQuery(async () => {
    // `now` is taken on every run so a snooze that moves someone out of "due now" shows at once.
    const now = Date.now();
    const [anyone, overdueCount, upcoming, suggestion] = await Promise.all([
      hasAnyone(db),
      countOverdue(db, now),
      listDueBy(db, now + settings.soonDays * DAY_MS, 30),
      // This week's dormant tie from the untracked pool (issue 15): the same person the digest names.
      dormantSuggestion(db, now, localTimeZone()),
    ]);
    return {
      now,
      anyone,
      overdueCount,
      suggestion,
      overdue: upcoming.filter((person) => (person.dueAt ?? Infinity) <= now),
      soon: upcoming.filter((person) => (person.dueAt ?? Infinity) > now),
    };
  }, [settings.soonDays]);

  async function track(id: string, name: string) {
    await write(t('write.what.cadence', { name }), () => startTracking(db, id, cadenceForNewPerson(settings) ?? 90));
  }

  if (!data) return null;

  if (!data.anyone) {
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

  return (
    <>
      <section className="stack" aria-labelledby="due-title">
        <div className="row" style={{ justifyContent: 'space-between' }}>
          <h2 id="due-title" className="section-title">
            {t('popup.dueTitle')}
          </h2>
          {data.overdueCount > 0 && (
            <span className="muted">{t('popup.dueCount', { n: formatOverdue(data.overdueCount) })}</span>
          )}
        </div>
        {data.overdue.length === 0 ? (
          <p className="card hint">{t('popup.allCaughtUp')}</p>
        ) : (
          <DuePeople people={data.overdue} now={data.now} label={t('popup.dueTitle')} />
        )}
      </section>
      {data.soon.length > 0 && (
        <section className="stack" aria-labelledby="soon-title">
          <h2 id="soon-title" className="section-title">
            {t('popup.comingUp')}
          </h2>
          <DuePeople people={data.soon} now={data.now} label={t('popup.comingUp')} />
        </section>
      )}
      {data.suggestion && (
        <SuggestionCard
          contact={data.suggestion.contact}
          note={data.suggestion.note}
          nameLink={{ onClick: () => openDashboard(`#/person/${data.suggestion!.contact.id}`) }}
          onTrack={() => void track(data.suggestion!.contact.id, data.suggestion!.contact.name)}
        />
      )}
    </>
  );
}

function DuePeople({ people, now, label }: { people: Contact[]; now: number; label: string }) {
  const t = useT();
  const { settings } = useSettings();
  const write = useWrite();

  return (
    <ul className="due-list" aria-label={label}>
      {people.map((person) => {
        const due = dueText(t, person, now, settings.soonDays);
        return (
          <li key={person.id} className="due-item">
            <Avatar name={person.name} url={person.avatarUrl} size={34} />
            <div className="due-item-main">
              <button
                type="button"
                className="link-button person-link"
                onClick={() => openDashboard(`#/person/${person.id}`)}
              >
                {person.name}
              </button>
              <span>{[person.title, person.company].filter(Boolean).join(' @ ') || person.headline}</span>
              <DueChip state={due.state} reason={due.text} />
            </div>
            <div className="stack">
              <button
                type="button"
                className="btn btn-small"
                aria-label={t('popup.doneLabel', { name: person.name })}
                onClick={() =>
                  void write(t('write.what.talk', { name: person.name }), () =>
                    logInteraction(db, person.id, { kind: 'message' }),
                  )
                }
              >
                {t('popup.done')}
              </button>
              <button
                type="button"
                className="btn btn-small"
                aria-label={t('popup.snoozeLabel', { name: person.name })}
                onClick={() =>
                  void write(t('write.what.snooze', { name: person.name }), () =>
                    snooze(db, person.id, snoozePresetUntil('week', Date.now(), localTimeZone(), person.dueAt)),
                  )
                }
              >
                {t('popup.snoozeWeek')}
              </button>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
