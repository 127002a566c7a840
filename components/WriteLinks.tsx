import type { Contact } from '../utils/model/contact';
import { safeUrl } from '../utils/model/text';
import { useT } from './i18n';
import './suggestion-card.css';

/**
 * LinkedIn has no public link that opens a message to a profile: its compose address needs an internal member id
 * that a profile address does not carry. So "Message on LinkedIn" opens the profile, whose Message button is one
 * click away; email is a plain mailto:. Both are links, never scripts, and only http(s)/mailto (DESIGN.md, Security).
 */
export function writeTargets(contact: Pick<Contact, 'profiles' | 'emails'>): {
  linkedin: string | null;
  email: string | null;
} {
  const profile = contact.profiles.find((p) => p.kind === 'linkedin');
  const linkedin = profile ? safeUrl(profile.url) || null : null;
  const address = contact.emails[0];
  const email = address ? safeUrl(`mailto:${encodeURIComponent(address)}`) || null : null;
  return { linkedin, email };
}

/** "Message on LinkedIn", "Email", and what to ask next time, right where the user decides to write. */
export function WriteLinks({
  contact,
  compact = false,
}: {
  contact: Pick<Contact, 'name' | 'profiles' | 'emails' | 'topics'>;
  compact?: boolean;
}) {
  const t = useT();
  const { linkedin, email } = writeTargets(contact);
  if (!linkedin && !email && contact.topics.length === 0) return null;
  return (
    <div className={`write-links${compact ? ' write-links-compact' : ''}`}>
      {contact.topics.length ? (
        <p className="write-ask">
          {t('write.ask', { topics: contact.topics.slice(0, 3).join(t('sort.listSeparator')) })}
        </p>
      ) : null}
      {linkedin || email ? (
        <div className="write-actions">
          {linkedin ? (
            <a
              className="btn btn-small"
              href={linkedin}
              target="_blank"
              rel="noopener noreferrer"
              aria-label={t('write.linkedinLabel', { name: contact.name })}
            >
              {t('write.linkedin')}
            </a>
          ) : null}
          {email ? (
            <a className="btn btn-small" href={email} aria-label={t('write.emailLabel', { name: contact.name })}>
              {t('write.email')}
            </a>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
