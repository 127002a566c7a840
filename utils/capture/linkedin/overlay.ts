import type { CapturedFields } from '../../model/capture';
import { isLinkedInHost } from '../../model/keys';
import { absoluteUrl, all, attr, closest, parentElement, textOnce } from '../dom';
import { LINKEDIN_LABELS, matchLabel } from './labels';

/** True on `/in/<slug>/overlay/contact-info/`, where LinkedIn opens the contact details over the profile. */
export function isContactInfoUrl(url: string): boolean {
  try {
    return /^\/in\/[^/]+\/overlay\/contact-info\/?$/.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

function sectionOf(header: Element): Element | null {
  return closest(header, 'section') ?? parentElement(header);
}

/** Values in a section: its list items, else its text, without the header. */
function values(section: Element, header: Element): string[] {
  const items = all(section, 'li').map(textOnce).filter(Boolean);
  if (items.length) return items;
  const headerText = textOnce(header);
  const rest = textOnce(section).replace(headerText, '').trim();
  return rest ? [rest] : [];
}

export function readContactInfo(doc: Document, url: string): CapturedFields {
  const dialog = all(doc, '[role="dialog"]')[0];
  if (!dialog) return {};
  const fields: CapturedFields = {};
  for (const header of all(dialog, 'h2, h3')) {
    const label = textOnce(header);
    const section = sectionOf(header);
    if (!section) continue;
    if (matchLabel(LINKEDIN_LABELS.email, label)) {
      const links = all(section, 'a[href^="mailto:"]').map((a) => attr(a, 'href'));
      fields.emails = links.length ? links : values(section, header);
    } else if (matchLabel(LINKEDIN_LABELS.phone, label)) {
      // "+81 90-1234-5678 (Mobile)": the kind in parentheses is LinkedIn's, not part of the number.
      fields.phones = values(section, header).map((v) => v.replace(/\s*[(（][^)）]*[)）]\s*$/, ''));
    } else if (matchLabel(LINKEDIN_LABELS.websites, label)) {
      fields.websites = all(section, 'a[href]')
        .map((a) => absoluteUrl(attr(a, 'href'), url))
        .filter((href) => {
          try {
            return !isLinkedInHost(new URL(href).hostname);
          } catch {
            return false;
          }
        });
    } else if (matchLabel(LINKEDIN_LABELS.birthday, label)) {
      const birthday = values(section, header)[0];
      if (birthday) fields.birthday = birthday;
    }
  }
  return fields;
}
