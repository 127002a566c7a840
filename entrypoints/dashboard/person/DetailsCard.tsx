import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useLang, useT } from '../../../components/i18n';
import type { Contact, Met, MetContext } from '../../../utils/model/contact';
import { MET_CONTEXTS } from '../../../utils/model/contact';
import { db } from '../../../utils/db/instance';
import { editContact, type UserEdit } from '../../../utils/db/write-path';
import { cleanEdit } from '../../../utils/model/incoming-clean';
import { fromDateInput, splitList, toDateInput } from '../../../components/format';
import { useWrite } from '../../../components/write/use-write';
import { linkFor } from './links';
import { howMetText } from './how-met';

function LinkList({ kind, values }: { kind: 'web' | 'email' | 'phone'; values: readonly string[] }) {
  return (
    <ul className="link-list">
      {values.map((value) => {
        const href = linkFor(kind, value);
        return (
          <li key={value}>
            {href ? (
              <a href={href} target={kind === 'web' ? '_blank' : undefined} rel="noopener noreferrer">
                {value}
              </a>
            ) : (
              <span>{value}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface Draft {
  name: string;
  headline: string;
  company: string;
  title: string;
  location: string;
  about: string;
  emails: string;
  phones: string;
  websites: string;
  tags: string;
  topics: string;
  metContext: MetContext | '';
  metPlace: string;
  metDate: string;
  metIntroducedBy: string;
}

function draftOf(c: Contact): Draft {
  return {
    name: c.name,
    headline: c.headline,
    company: c.company,
    title: c.title,
    location: c.location,
    about: c.about,
    emails: c.emails.join('\n'),
    phones: c.phones.join('\n'),
    websites: c.websites.join('\n'),
    tags: c.tags.join(', '),
    topics: c.topics.join(', '),
    metContext: c.met.context ?? '',
    metPlace: c.met.place,
    metDate: toDateInput(c.met.date),
    metIntroducedBy: c.met.introducedBy,
  };
}

type DraftKey = keyof Draft;
/** What the user typed into a field, and what the field showed when they started (to tell a change from a touch). */
type Touched = Partial<Record<DraftKey, { base: string; value: string }>>;

const MET_PARTS = {
  metContext: 'context',
  metPlace: 'place',
  metDate: 'date',
  metIntroducedBy: 'introducedBy',
} as const;
const LIST_KEYS = ['emails', 'phones', 'websites', 'tags', 'topics'] as const;
const SCALAR_KEYS = ['name', 'headline', 'company', 'title', 'location', 'about'] as const;

/**
 * Only the fields the user changed, as the write path takes them: it cleans them with the model's one sanitizer
 * (utils/model/incoming-clean.ts cleanEdit) and applies them to the record as it is at that moment, so a change
 * made meanwhile on another page (an "Update from page", an import) to any other field is kept.
 */
export function editOf(touched: Touched): UserEdit {
  const edit: UserEdit = {};
  const changed = (key: DraftKey) => {
    const t = touched[key];
    return t !== undefined && t.value !== t.base ? t.value : undefined;
  };
  for (const key of SCALAR_KEYS) {
    const value = changed(key);
    if (value !== undefined) edit[key] = value;
  }
  for (const key of LIST_KEYS) {
    const value = changed(key);
    if (value !== undefined) edit[key] = splitList(value);
  }
  const met: Partial<Met> = {};
  for (const key of Object.keys(MET_PARTS) as Array<keyof typeof MET_PARTS>) {
    const value = changed(key);
    if (value === undefined) continue;
    if (key === 'metContext') met.context = value === '' ? null : (value as MetContext);
    else if (key === 'metDate') met.date = fromDateInput(value);
    else met[MET_PARTS[key]] = value;
  }
  if (Object.keys(met).length) edit.met = met;
  return edit;
}

export function DetailsCard({ contact }: { contact: Contact }) {
  const t = useT();
  const write = useWrite();
  const lang = useLang();
  const [editing, setEditing] = useState(false);
  const [touched, setTouched] = useState<Touched>({});
  const [error, setError] = useState('');
  const formId = useId();
  // `contact` is the live record (PersonPage reads it with useLiveQuery): untouched fields follow it as it changes.
  const live = draftOf(contact);
  // Leaving the form (Save, Cancel, Escape) removes the focused control: focus goes to the saved card's heading.
  const focusHeading = useRef(false);
  useEffect(() => {
    if (editing || !focusHeading.current) return;
    focusHeading.current = false;
    document.getElementById(`${formId}-heading`)?.focus();
  }, [editing, formId]);
  const close = () => {
    focusHeading.current = true;
    setEditing(false);
    setTouched({});
    setError('');
  };

  if (editing) {
    const valueOf = (key: DraftKey) => touched[key]?.value ?? live[key];
    const set = (key: DraftKey, value: string) =>
      setTouched((prev) => ({ ...prev, [key]: { base: prev[key]?.base ?? live[key], value } }));
    // Someone changed a field on another page while the user was changing it here: say so; saving keeps theirs here.
    const elsewhere = (key: DraftKey) => {
      const mine = touched[key];
      if (!mine || live[key] === mine.base || live[key] === mine.value) return null;
      return (
        <p className="muted hint changed-elsewhere" role="status">
          {t('write.changedElsewhere', { value: live[key] || '—' })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() =>
              setTouched((prev) => {
                const next = { ...prev };
                delete next[key];
                return next;
              })
            }
          >
            {t('write.useTheirs')}
          </button>
        </p>
      );
    };
    const field = (key: DraftKey, label: string, multiline = false, hint?: string) => {
      const id = `${formId}-${key}`;
      return (
        <div className="form-row" key={key}>
          <label htmlFor={id}>{label}</label>
          {multiline ? (
            <textarea
              id={id}
              className="field"
              rows={3}
              value={valueOf(key)}
              aria-describedby={hint ? `${id}-hint` : undefined}
              onChange={(e) => set(key, e.target.value)}
            />
          ) : (
            <input
              id={id}
              className="field"
              value={valueOf(key)}
              aria-describedby={hint ? `${id}-hint` : undefined}
              onChange={(e) => set(key, e.target.value)}
            />
          )}
          {hint ? (
            <small id={`${id}-hint`} className="muted">
              {hint}
            </small>
          ) : null}
          {elsewhere(key)}
        </div>
      );
    };
    return (
      <section className="card details-card" aria-labelledby={`${formId}-heading`}>
        <h2 id={`${formId}-heading`}>{t('dash.person.editTitle')}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const edit = editOf(touched);
            if (edit.name !== undefined && !cleanEdit({ name: edit.name }).name) {
              setError(t('dash.add.nameRequired'));
              return;
            }
            void write(t('write.what.details', { name: contact.name }), () => editContact(db, contact.id, edit)).then(
              (r) => {
                if (r.ok) close();
              },
            );
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') close();
          }}
        >
          {field('name', t('field.name'))}
          {error ? <p className="form-error">{error}</p> : null}
          {field('headline', t('field.headline'))}
          {field('title', t('field.title'))}
          {field('company', t('field.company'))}
          {field('location', t('field.location'))}
          {field('about', t('field.about'), true)}
          {field('emails', t('field.emails'), true, t('dash.person.onePerLine'))}
          {field('phones', t('field.phones'), true, t('dash.person.onePerLine'))}
          {field('websites', t('field.websites'), true, t('dash.person.onePerLine'))}
          {field('tags', t('field.tags'), false, t('dash.person.commaSeparated'))}
          {field('topics', t('field.topics'), false, t('dash.person.topicsHint'))}
          <fieldset className="met-fieldset">
            <legend>{t('dash.person.howMet')}</legend>
            <div className="form-row">
              <label htmlFor={`${formId}-metContext`}>{t('dash.person.metContext')}</label>
              <select
                id={`${formId}-metContext`}
                className="field"
                value={valueOf('metContext')}
                onChange={(e) => set('metContext', e.target.value)}
              >
                <option value="">—</option>
                {MET_CONTEXTS.map((m) => (
                  <option key={m} value={m}>
                    {t(`met.${m}`)}
                  </option>
                ))}
              </select>
              {elsewhere('metContext')}
            </div>
            {field('metPlace', t('dash.person.metPlace'))}
            <div className="form-row">
              <label htmlFor={`${formId}-metDate`}>{t('dash.person.metDate')}</label>
              <input
                id={`${formId}-metDate`}
                type="date"
                className="field"
                value={valueOf('metDate')}
                onChange={(e) => set('metDate', e.target.value)}
              />
              {elsewhere('metDate')}
            </div>
            {field('metIntroducedBy', t('dash.person.metIntroducedBy'))}
          </fieldset>
          <div className="form-actions">
            <button type="button" className="btn" onClick={close}>
              {t('cancel')}
            </button>
            <button type="submit" className="btn btn-primary">
              {t('save')}
            </button>
          </div>
        </form>
      </section>
    );
  }

  const met = contact.met;
  const howMet = howMetText(contact, t, lang);
  const metParts = howMet ? [howMet] : [];
  const row = (label: string, content: ReactNode, show: boolean) =>
    show ? (
      <div className="detail-row">
        <dt>{label}</dt>
        <dd>{content}</dd>
      </div>
    ) : null;
  const nothing =
    !contact.location &&
    !contact.about &&
    !contact.emails.length &&
    !contact.phones.length &&
    !contact.websites.length &&
    !contact.profiles.length &&
    !contact.tags.length &&
    !contact.topics.length &&
    !metParts.length;

  return (
    <section className="card details-card" aria-labelledby={`${formId}-heading`}>
      <div className="card-head">
        <h2 id={`${formId}-heading`} tabIndex={-1}>
          {t('dash.person.details')}
        </h2>
        <button type="button" className="btn btn-small" onClick={() => setEditing(true)}>
          {t('edit')}
        </button>
      </div>
      {nothing ? <p className="muted">{t('dash.person.detailsEmpty')}</p> : null}
      <dl className="details">
        {row(
          t('dash.person.howMet'),
          <>
            {metParts.join(' · ')}
            {met.introducedBy ? (
              <div className="muted">{t('dash.person.introducedByValue', { name: met.introducedBy })}</div>
            ) : null}
          </>,
          metParts.length > 0 || met.introducedBy !== '',
        )}
        {row(t('field.location'), contact.location, contact.location !== '')}
        {row(
          t('field.tags'),
          <span className="tag-list">
            {contact.tags.map((tag) => (
              <span key={tag} className="tag">
                {tag}
              </span>
            ))}
          </span>,
          contact.tags.length > 0,
        )}
        {row(
          t('field.topics'),
          <ul className="topic-list">
            {contact.topics.map((topic) => (
              <li key={topic}>{topic}</li>
            ))}
          </ul>,
          contact.topics.length > 0,
        )}
        {row(
          t('dash.person.profiles'),
          <LinkList kind="web" values={contact.profiles.map((p) => p.url)} />,
          contact.profiles.length > 0,
        )}
        {row(t('field.websites'), <LinkList kind="web" values={contact.websites} />, contact.websites.length > 0)}
        {row(t('field.emails'), <LinkList kind="email" values={contact.emails} />, contact.emails.length > 0)}
        {row(t('field.phones'), <LinkList kind="phone" values={contact.phones} />, contact.phones.length > 0)}
        {row(t('field.about'), <p className="about">{contact.about}</p>, contact.about !== '')}
      </dl>
    </section>
  );
}
