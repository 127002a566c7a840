import type { Contact } from '../utils/model/contact';
import { localTimeZone } from '../utils/cadence/calendar';
import { describeSuggestion } from '../utils/i18n/messages/first-week';
import { Avatar } from './Avatar';
import { useT } from './i18n';
import { WriteLinks } from './WriteLinks';
import './suggestion-card.css';

/**
 * This week's dormant tie (utils/db/suggestion-queries.ts), shown by the popup and the digest page: who, why
 * (the reason line), a one-tap "Keep in touch" that starts tracking them, and the ways to write.
 */
export function SuggestionCard({
  contact,
  note,
  onTrack,
  headingLevel = 2,
  nameLink,
}: {
  contact: Contact;
  note: string;
  onTrack: () => void;
  headingLevel?: 2 | 3;
  /** Where the name leads (the person page); a button handler in the popup, a plain link in the dashboard. */
  nameLink?: { href?: string; onClick?: () => void };
}) {
  const t = useT();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const role = [contact.title, contact.company].filter(Boolean).join(' · ') || contact.headline;
  return (
    <section className="card suggestion-card" aria-labelledby={`suggest-${contact.id}`}>
      <Heading id={`suggest-${contact.id}`} className="section-title suggestion-title">
        {t('suggest.title')}
      </Heading>
      <div className="suggestion-person">
        <Avatar name={contact.name} url={contact.avatarUrl} size={40} />
        <div className="suggestion-main">
          {nameLink?.onClick ? (
            <button type="button" className="link-button person-link" onClick={nameLink.onClick}>
              {contact.name}
            </button>
          ) : (
            <a className="row-name" href={nameLink?.href}>
              {contact.name}
            </a>
          )}
          {role ? <span className="muted">{role}</span> : null}
          <span className="suggestion-reason">{describeSuggestion(contact, note, localTimeZone(), t)}</span>
        </div>
      </div>
      <WriteLinks contact={contact} compact />
      <div className="suggestion-actions">
        <button
          type="button"
          className="btn btn-primary btn-small"
          aria-label={t('suggest.trackLabel', { name: contact.name })}
          onClick={onTrack}
        >
          {t('suggest.track')}
        </button>
      </div>
      <p className="muted suggestion-hint">{t('suggest.hint')}</p>
    </section>
  );
}
