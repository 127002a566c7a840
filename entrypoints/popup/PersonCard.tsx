import { useEffect, useRef, useState } from 'react';
import { useLang, useT } from '../../components/i18n';
import { useSettings } from '../../components/use-settings';
import { Avatar } from '../../components/Avatar';
import { DueChip } from '../../components/DueChip';
import { CadenceSelect } from '../../components/CadenceSelect';
import { formatDate, formatRelative } from '../../components/format';
import { useWrite } from '../../components/write/use-write';
import { db } from '../../utils/db/instance';
import { archive, saveCapture, setCadence, unarchive, updateContact } from '../../utils/db/contacts';
import type { Contact } from '../../utils/model/contact';
import { TalkLogger } from './TalkLogger';
import { WriteLinks } from '../../components/WriteLinks';
import { SnoozeControls } from './SnoozeControls';
import { NotesBox } from './NotesBox';
import { dueText } from './due-text';
import { openDashboard } from '../../components/open-dashboard';
import { toCapturePayload } from '../../utils/capture/payload';
import type { PageCaptureResult } from '../../utils/model/page-capture';

/** A saved person: where things stand, and the few actions a moment calls for. */
export function PersonCard({
  contact,
  pageResult,
  url,
}: {
  contact: Contact;
  pageResult: PageCaptureResult | null;
  url: string;
}) {
  const t = useT();
  const lang = useLang();
  const { settings } = useSettings();
  const write = useWrite();
  const [updateStatus, setUpdateStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  // Right after Save the preview (and its focused button) is gone: focus the saved card's heading, not <body>.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) heading.current?.focus();
  }, []);
  const now = Date.now();
  const due = dueText(t, contact, now, settings.soonDays);
  const role = [contact.title, contact.company].filter(Boolean).join(' @ ');

  const named = { name: contact.name };

  async function updateFromPage() {
    if (!pageResult) return;
    const result = await write(t('write.what.update', named), () =>
      saveCapture(db, toCapturePayload(pageResult, pageResult.fields), { url, cadenceDays: contact.cadenceDays }),
    );
    if (result.ok) setUpdateStatus(result.value.status === 'unchanged' ? t('popup.unchanged') : t('popup.updated'));
  }

  return (
    <section className="card" aria-labelledby="person-name">
      <div className="person-head">
        <Avatar name={contact.name} url={contact.avatarUrl} size={48} />
        <div style={{ minWidth: 0, flex: 1 }}>
          <h2 id="person-name" ref={heading} tabIndex={-1}>
            {contact.name}
          </h2>
          {(contact.headline || role) && <p className="muted">{contact.headline || role}</p>}
          <p>
            <DueChip state={due.state} reason={due.text} />
          </p>
        </div>
      </div>

      {contact.jobChange && (
        <div className="banner banner-info" role="status">
          <span>{t('popup.jobChange', { from: contact.jobChange.from, to: contact.jobChange.to })}</span>
          <button
            type="button"
            className="link-button"
            onClick={() =>
              void write(t('write.what.jobChange', named), () => updateContact(db, contact.id, { jobChange: null }))
            }
          >
            {t('popup.jobChangeDismiss')}
          </button>
        </div>
      )}
      {contact.archivedAt !== null && (
        <div className="banner banner-warn" role="status">
          <span>{t('popup.archived')}</span>
          <button
            type="button"
            className="link-button"
            onClick={() => void write(t('write.what.unarchive', named), () => unarchive(db, contact.id))}
          >
            {t('popup.unarchive')}
          </button>
        </div>
      )}

      <p className="hint">
        {contact.lastInteractionAt !== null
          ? t('popup.lastTalk', {
              when: formatRelative(contact.lastInteractionAt, now, lang),
              date: formatDate(contact.lastInteractionAt, lang),
            })
          : t('popup.neverTalked')}
        {contact.snoozedUntil !== null && contact.snoozedUntil > now && (
          <> · {t('popup.snoozedUntil', { date: formatDate(contact.snoozedUntil, lang) })}</>
        )}
      </p>

      <WriteLinks contact={contact} compact />
      <TalkLogger contactId={contact.id} name={contact.name} />
      <div className="card-section">
        <SnoozeControls contactId={contact.id} name={contact.name} dueAt={contact.dueAt} />
        <CadenceSelect
          value={contact.cadenceDays}
          onChange={(days) => void write(t('write.what.cadence', named), () => setCadence(db, contact.id, days))}
        />
      </div>
      <div className="card-section">
        <NotesBox contactId={contact.id} name={contact.name} />
      </div>

      <div className="card-footer">
        <button type="button" className="link-button" onClick={() => openDashboard(`#/person/${contact.id}`)}>
          {t('popup.openPerson')}
        </button>
        {pageResult && (
          <button type="button" className="link-button" onClick={() => void updateFromPage()}>
            {t('popup.updateFromPage')}
          </button>
        )}
        {contact.archivedAt === null && (
          <button
            type="button"
            className="link-button"
            onClick={() => void write(t('write.what.archive', named), () => archive(db, contact.id))}
          >
            {t('popup.archive')}
          </button>
        )}
      </div>
      {updateStatus && (
        <p className="hint" role="status">
          {updateStatus}
        </p>
      )}
    </section>
  );
}
