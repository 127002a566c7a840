import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../../components/i18n';
import { Avatar } from '../../../components/Avatar';
import { DueChip } from '../../../components/DueChip';
import { useSettings } from '../../../components/use-settings';
import { SuggestionCard } from '../../../components/SuggestionCard';
import { WriteLinks } from '../../../components/WriteLinks';
import { startTracking } from '../../../utils/db/sort-queue';
import { cadenceForNewPerson } from '../../../utils/cadence/new-person';
import { db } from '../../../utils/db/instance';
import { contactsByIds } from '../../../utils/db/digest-queries';
import { logInteraction } from '../../../utils/db/interactions';
import { snooze } from '../../../utils/db/contacts';
import { dueState } from '../../../utils/cadence/due';
import { dueReason } from '../../../utils/cadence/reason';
import { localTimeZone } from '../../../utils/cadence/calendar';
import { SNOOZE_PRESETS, snoozePresetUntil } from '../../../utils/cadence/snooze';
import { describeReason } from '../../../utils/i18n/messages/cadence';
import { useNow } from '../data/use-now';
import { useWrite } from '../../../components/write/use-write';
import { hrefs } from '../routing';
import { EmptyState } from '../ui/EmptyState';
import { PageHeader } from '../ui/PageHeader';
import { useToast } from '../ui/Toast';

/** The weekly notification lands here: the two or three people it named, each one tap from done. */
export function DigestPage({ ids }: { ids: string[] }) {
  const t = useT();
  const toast = useToast();
  const write = useWrite();
  const now = useNow();
  const { settings } = useSettings();
  const data = useLiveQuery(async () => {
    const people = await contactsByIds(db, ids);
    // The untracked person the digest named is this week's dormant tie: their latest note is the reason to write.
    const suggested = people.filter((c) => c.cadenceDays === null && c.archivedAt === null).map((c) => c.id);
    const notes = suggested.length ? await db.notes.where('contactId').anyOf(suggested).toArray() : [];
    return { people, notes };
  }, [ids.join(',')]);
  const people = data?.people;
  const noteOf = (id: string) =>
    data?.notes.filter((n) => n.contactId === id).sort((a, b) => b.createdAt - a.createdAt)[0]?.body ?? '';
  const zone = localTimeZone();

  if (people === undefined) return <p className="muted loading">{t('loading')}</p>;

  return (
    <div className="digest-page">
      <PageHeader title={t('dash.nav.digest')} subtitle={t('dash.digest.subtitle')} />
      {people.length === 0 ? (
        <EmptyState title={t('dash.digest.emptyTitle')}>
          <p>{t('dash.digest.emptyBody')}</p>
          <a href={hrefs.people}>{t('dash.person.back')}</a>
        </EmptyState>
      ) : (
        <ul className="digest-list">
          {people.map((c) => {
            if (c.cadenceDays === null && c.archivedAt === null) {
              return (
                <li key={c.id} className="digest-suggestion">
                  <SuggestionCard
                    contact={c}
                    note={noteOf(c.id)}
                    nameLink={{ href: hrefs.person(c.id) }}
                    onTrack={() =>
                      void write(t('write.what.cadence', { name: c.name }), () =>
                        startTracking(db, c.id, cadenceForNewPerson(settings) ?? 90),
                      ).then((r) => {
                        if (r.ok) toast(t('suggest.tracked', { name: c.name }));
                      })
                    }
                  />
                </li>
              );
            }
            const state = dueState(c.dueAt, now, settings.soonDays);
            const reason = describeReason(dueReason(c, now, zone), t);
            const done = state === 'ok' || state === 'none';
            return (
              <li key={c.id} className="card digest-card">
                <Avatar name={c.name} url={c.avatarUrl} size={48} />
                <div className="digest-main">
                  <a className="row-name" href={hrefs.person(c.id)}>
                    {c.name}
                  </a>
                  <span className="muted">{[c.title, c.company].filter(Boolean).join(' · ')}</span>
                  <DueChip state={state} reason={reason} />
                  <WriteLinks contact={c} compact />
                </div>
                <div className="digest-actions">
                  <button
                    type="button"
                    className="btn btn-primary"
                    disabled={done}
                    onClick={() =>
                      void write(t('write.what.talk', { name: c.name }), () =>
                        logInteraction(db, c.id, { kind: 'message' }),
                      ).then((r) => {
                        if (r.ok) toast(t('dash.digest.doneToast', { name: c.name }));
                      })
                    }
                  >
                    {t('dash.digest.done')}
                  </button>
                  {SNOOZE_PRESETS.map((preset) => (
                    <button
                      key={preset}
                      type="button"
                      className="btn"
                      disabled={done}
                      onClick={() =>
                        void write(t('write.what.snooze', { name: c.name }), () =>
                          snooze(db, c.id, snoozePresetUntil(preset, Date.now(), zone, c.dueAt)),
                        ).then((r) => {
                          if (r.ok) toast(t('dash.digest.snoozedToast', { name: c.name }));
                        })
                      }
                    >
                      {t(`dash.digest.snooze.${preset}`)}
                    </button>
                  ))}
                </div>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
