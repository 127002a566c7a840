import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useT } from '../../../components/i18n';
import { Avatar } from '../../../components/Avatar';
import { DueChip } from '../../../components/DueChip';
import { CadenceSelect } from '../../../components/CadenceSelect';
import { useSettings } from '../../../components/use-settings';
import { db } from '../../../utils/db/instance';
import { archive, setCadence, unarchive } from '../../../utils/db/contacts';
import { deletePeople, restoreDeleted } from '../../../utils/db/delete';
import { dueState } from '../../../utils/cadence/due';
import { dueReason } from '../../../utils/cadence/reason';
import { localTimeZone } from '../../../utils/cadence/calendar';
import { describeReason } from '../../../utils/i18n/messages/cadence';
import { useNow } from '../data/use-now';
import { useWrite } from '../../../components/write/use-write';
import { hrefs, navigate } from '../routing';
import { EmptyState } from '../ui/EmptyState';
import { useToast } from '../ui/Toast';
import { DetailsCard } from './DetailsCard';
import { WriteLinks } from '../../../components/WriteLinks';
import { Timeline } from './Timeline';
import { LogInteractionForm } from './LogInteractionForm';
import { MergeDialog } from './MergeDialog';

export function PersonPage({ id }: { id: string }) {
  const t = useT();
  const toast = useToast();
  const write = useWrite();
  const now = useNow();
  const { settings } = useSettings();
  const [merging, setMerging] = useState(false);
  // `null` once read and missing, so "not found" is not shown while loading.
  const contact = useLiveQuery(async () => (await db.contacts.get(id)) ?? null, [id]);

  if (contact === undefined) return <p className="muted loading">{t('loading')}</p>;
  if (contact === null) {
    return (
      <EmptyState title={t('dash.person.missingTitle')}>
        <p>{t('dash.person.missingBody')}</p>
        <a href={hrefs.people}>{t('dash.person.back')}</a>
      </EmptyState>
    );
  }

  const state = dueState(contact.dueAt, now, settings.soonDays);
  const role = [contact.title, contact.company].filter(Boolean).join(' · ');

  const remove = async () => {
    const deleted = await write(t('write.what.delete', { name: contact.name }), () => deletePeople(db, [contact.id]));
    if (!deleted.ok) return;
    navigate(hrefs.people);
    toast(t('dash.person.deleted', { name: contact.name }), {
      label: t('undo'),
      run: async () => {
        const back = await write(t('write.what.undoDelete', { name: contact.name }), () =>
          restoreDeleted(db, deleted.value),
        );
        if (back.ok) navigate(hrefs.person(contact.id));
      },
    });
  };

  return (
    <article className="person-page" aria-labelledby="person-name">
      <a className="back-link" href={hrefs.people}>
        ← {t('dash.person.back')}
      </a>
      <header className="person-header card">
        <Avatar name={contact.name} url={contact.avatarUrl} size={64} />
        <div className="person-title">
          <h1 id="person-name">{contact.name}</h1>
          {role ? <p className="muted">{role}</p> : null}
          {contact.headline && contact.headline !== role ? <p className="person-headline">{contact.headline}</p> : null}
          <WriteLinks contact={contact} />
          <div className="person-status">
            {contact.archivedAt !== null ? (
              <span className="due-chip due-none">{t('dash.archived')}</span>
            ) : (
              <DueChip state={state} reason={describeReason(dueReason(contact, now, localTimeZone()), t)} />
            )}
            <CadenceSelect
              value={contact.cadenceDays}
              onChange={(days) =>
                void write(t('write.what.cadence', { name: contact.name }), () => setCadence(db, contact.id, days))
              }
            />
          </div>
        </div>
        <div className="person-actions">
          <button type="button" className="btn" onClick={() => setMerging(true)}>
            {t('dash.person.merge')}
          </button>
          {contact.archivedAt === null ? (
            <button
              type="button"
              className="btn"
              onClick={() => void write(t('write.what.archive', { name: contact.name }), () => archive(db, contact.id))}
            >
              {t('dash.person.archive')}
            </button>
          ) : (
            <button
              type="button"
              className="btn"
              onClick={() =>
                void write(t('write.what.unarchive', { name: contact.name }), () => unarchive(db, contact.id))
              }
            >
              {t('dash.person.unarchive')}
            </button>
          )}
          <button type="button" className="btn btn-danger" onClick={() => void remove()}>
            {t('dash.person.delete')}
          </button>
        </div>
      </header>
      {contact.jobChange ? (
        <p className="job-banner" role="note">
          {t('dash.person.jobChange', { from: contact.jobChange.from || '—', to: contact.jobChange.to || '—' })}
        </p>
      ) : null}
      <div className="person-grid">
        <DetailsCard contact={contact} />
        <div className="person-side">
          <LogInteractionForm contactId={contact.id} name={contact.name} />
          <Timeline contactId={contact.id} name={contact.name} jobChange={contact.jobChange} />
        </div>
      </div>
      <MergeDialog open={merging} keep={contact} onClose={() => setMerging(false)} />
    </article>
  );
}
