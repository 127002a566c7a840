import type { Lang, Translate } from '../../../utils/i18n';
import type { Contact } from '../../../utils/model/contact';
import { formatDate } from '../../../components/format';

/**
 * "How we met" as a phrase rather than a bare date. A date with no context, place or introducer on someone with a
 * LinkedIn profile is the "Connected On" day of a LinkedIn import (utils/io/linkedin-csv.ts): say so.
 */
export function howMetText(contact: Pick<Contact, 'met' | 'profileKeys'>, t: Translate, lang: Lang): string {
  const { met } = contact;
  const date = met.date !== null ? formatDate(met.date, lang) : '';
  if (!met.context && !met.place) {
    if (!date) return '';
    const linkedIn = contact.profileKeys.some((key) => key.startsWith('linkedin:'));
    return linkedIn && !met.introducedBy
      ? t('dash.person.connectedOnLinkedIn', { date })
      : t('dash.person.metOn', { date });
  }
  return [met.context ? t(`met.${met.context}`) : '', met.place, date].filter(Boolean).join(' · ');
}
