import { useId, useState, type ReactNode } from 'react';
import { useLang, useT } from '../../../components/i18n';
import type { Contact, MetContext } from '../../../utils/model/contact';
import { MET_CONTEXTS } from '../../../utils/model/contact';
import { db } from '../../../utils/db/instance';
import { updateContact } from '../../../utils/db/contacts';
import { LIMITS, cleanEmail, cleanLine, cleanList, cleanPhone, cleanTag, cleanText, safeUrl } from '../../../utils/model/text';
import { formatDate, fromDateInput, splitList, toDateInput } from '../../../components/format';
import { write } from '../data/write';
import { linkFor } from './links';

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

/** Sanitized like any other input (DESIGN.md, "Security"): a pasted value is text, capped, safe links only. */
function patchOf(d: Draft) {
  return {
    name: cleanLine(d.name, LIMITS.name),
    headline: cleanLine(d.headline),
    company: cleanLine(d.company),
    title: cleanLine(d.title),
    location: cleanLine(d.location),
    about: cleanText(d.about, LIMITS.long),
    emails: cleanList(splitList(d.emails).map(cleanEmail).filter(Boolean)),
    phones: cleanList(splitList(d.phones).map(cleanPhone).filter(Boolean)),
    websites: cleanList(
      splitList(d.websites)
        .map((u) => safeUrl(u))
        .filter((u) => u.startsWith('http')),
      LIMITS.url,
    ),
    tags: cleanList(splitList(d.tags).map(cleanTag).filter(Boolean), LIMITS.tag),
    topics: cleanList(splitList(d.topics)),
    met: {
      context: d.metContext === '' ? null : d.metContext,
      place: cleanLine(d.metPlace),
      date: fromDateInput(d.metDate),
      introducedBy: cleanLine(d.metIntroducedBy, LIMITS.name),
    },
  };
}

export function DetailsCard({ contact }: { contact: Contact }) {
  const t = useT();
  const lang = useLang();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [error, setError] = useState('');
  const formId = useId();

  if (draft) {
    const field = (key: keyof Draft, label: string, multiline = false, hint?: string) => {
      const id = `${formId}-${key}`;
      return (
        <div className="form-row" key={key}>
          <label htmlFor={id}>{label}</label>
          {multiline ? (
            <textarea
              id={id}
              className="field"
              rows={3}
              value={draft[key]}
              aria-describedby={hint ? `${id}-hint` : undefined}
              onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
            />
          ) : (
            <input
              id={id}
              className="field"
              value={draft[key]}
              aria-describedby={hint ? `${id}-hint` : undefined}
              onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
            />
          )}
          {hint ? (
            <small id={`${id}-hint`} className="muted">
              {hint}
            </small>
          ) : null}
        </div>
      );
    };
    return (
      <section className="card details-card" aria-labelledby={`${formId}-title`}>
        <h2 id={`${formId}-title`}>{t('dash.person.editTitle')}</h2>
        <form
          onSubmit={(e) => {
            e.preventDefault();
            const patch = patchOf(draft);
            if (!patch.name) {
              setError(t('dash.add.nameRequired'));
              return;
            }
            void write(() => updateContact(db, contact.id, patch)).then(() => {
              setDraft(null);
              setError('');
            });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setDraft(null);
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
                value={draft.metContext}
                onChange={(e) => setDraft({ ...draft, metContext: e.target.value as MetContext | '' })}
              >
                <option value="">—</option>
                {MET_CONTEXTS.map((m) => (
                  <option key={m} value={m}>
                    {t(`met.${m}`)}
                  </option>
                ))}
              </select>
            </div>
            {field('metPlace', t('dash.person.metPlace'))}
            <div className="form-row">
              <label htmlFor={`${formId}-metDate`}>{t('dash.person.metDate')}</label>
              <input
                id={`${formId}-metDate`}
                type="date"
                className="field"
                value={draft.metDate}
                onChange={(e) => setDraft({ ...draft, metDate: e.target.value })}
              />
            </div>
            {field('metIntroducedBy', t('dash.person.metIntroducedBy'))}
          </fieldset>
          <div className="form-actions">
            <button type="button" className="btn" onClick={() => setDraft(null)}>
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
  const metParts = [
    met.context ? t(`met.${met.context}`) : '',
    met.place,
    met.date !== null ? formatDate(met.date, lang) : '',
  ].filter(Boolean);
  const row = (label: string, content: ReactNode, show: boolean) =>
    show ? (
      <div className="detail-row">
        <dt>{label}</dt>
        <dd>{content}</dd>
      </div>
    ) : null;
  const nothing = !contact.location && !contact.about && !contact.emails.length && !contact.phones.length &&
    !contact.websites.length && !contact.profiles.length && !contact.tags.length && !contact.topics.length && !metParts.length;

  return (
    <section className="card details-card" aria-labelledby={`${formId}-title`}>
      <div className="card-head">
        <h2 id={`${formId}-title`}>{t('dash.person.details')}</h2>
        <button type="button" className="btn btn-small" onClick={() => setDraft(draftOf(contact))}>
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
        {row(t('dash.person.profiles'), <LinkList kind="web" values={contact.profiles.map((p) => p.url)} />, contact.profiles.length > 0)}
        {row(t('field.websites'), <LinkList kind="web" values={contact.websites} />, contact.websites.length > 0)}
        {row(t('field.emails'), <LinkList kind="email" values={contact.emails} />, contact.emails.length > 0)}
        {row(t('field.phones'), <LinkList kind="phone" values={contact.phones} />, contact.phones.length > 0)}
        {row(t('field.about'), <p className="about">{contact.about}</p>, contact.about !== '')}
      </dl>
    </section>
  );
}
