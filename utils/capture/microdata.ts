import type { CapturedFields } from '../model/capture';
import { absoluteUrl, all, attr, closest, hasAttr, parentElement, tag, textOnce } from './dom';

/** An itemprop's value as the microdata spec defines it: URLs from src/href, content, datetime, else text. */
function propValue(el: Element, base: string): string {
  const name = tag(el);
  if (attr(el, 'content')) return attr(el, 'content');
  if (['img', 'audio', 'video', 'source', 'iframe', 'embed'].includes(name)) return absoluteUrl(attr(el, 'src'), base);
  if (['a', 'link', 'area'].includes(name)) return absoluteUrl(attr(el, 'href'), base);
  if (name === 'time') return attr(el, 'datetime') || textOnce(el);
  return textOnce(el);
}

/** Properties that belong to this item, not to an item nested in it. */
function props(item: Element, name: string): Element[] {
  return all(item, `[itemprop~="${name}"]`).filter((el) => {
    // A property belongs to the nearest item above it; an element with itemscope is itself a property value.
    const parent = parentElement(el);
    return parent !== null && closest(parent, '[itemscope]') === item;
  });
}

function prop(item: Element, name: string, base: string): string {
  const el = props(item, name)[0];
  if (!el) return '';
  if (hasAttr(el, 'itemscope')) {
    // A nested item (Organization, PostalAddress): its name, or its address parts.
    const inner = ['name', 'addressLocality', 'addressRegion', 'addressCountry']
      .map((key) => prop(el, key, base))
      .filter(Boolean);
    return inner.length ? inner.join(', ') : textOnce(el);
  }
  return propValue(el, base);
}

export function microdataPersons(doc: Document): Element[] {
  return all(doc, '[itemscope][itemtype]').filter((el) => /schema\.org\/Person\b/.test(attr(el, 'itemtype')));
}

/** The item's own addresses (url, sameAs), absolute. */
export function microdataUrls(item: Element, base: string): string[] {
  return [...props(item, 'url'), ...props(item, 'sameAs')].map((el) => propValue(el, base));
}

export function microdataFields(item: Element, base: string): CapturedFields {
  const fields: CapturedFields = {
    name: prop(item, 'name', base) || [prop(item, 'givenName', base), prop(item, 'familyName', base)].join(' ').trim(),
    title: prop(item, 'jobTitle', base),
    company: prop(item, 'worksFor', base) || prop(item, 'affiliation', base),
    location: prop(item, 'address', base) || prop(item, 'homeLocation', base),
    avatarUrl: prop(item, 'image', base),
    about: prop(item, 'description', base),
  };
  const emails = props(item, 'email').map((el) => propValue(el, base));
  if (emails.length) fields.emails = emails;
  const phones = props(item, 'telephone').map((el) => propValue(el, base));
  if (phones.length) fields.phones = phones;
  const websites = microdataUrls(item, base);
  if (websites.length) fields.websites = websites;
  return fields;
}
