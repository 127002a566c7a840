import type { CapturedFields } from '../../model/capture';
import { webKey } from '../../model/keys';
import { absoluteUrl, all, attr, closest, parentElement, tag, textOnce } from '../dom';
import { FieldCollector, finish } from '../merge';
import type { SourceModule } from '../types';

/** Class-named properties of this h-card, not of an h-card nested in it (e.g. its `p-org h-card`). */
function props(card: Element, cls: string): Element[] {
  return all(card, `.${cls}`).filter((el) => {
    const parent = parentElement(el);
    return parent !== null && closest(parent, '.h-card') === card;
  });
}

function p(card: Element, cls: string): string {
  const el = props(card, cls)[0];
  if (!el) return '';
  if (attr(el, 'class').split(/\s+/).includes('h-card')) return p(el, 'p-name') || textOnce(el);
  if (tag(el) === 'abbr' && attr(el, 'title')) return attr(el, 'title');
  return attr(el, 'value') || (tag(el) === 'img' ? attr(el, 'alt') : '') || textOnce(el);
}

function u(card: Element, cls: string, base: string): string[] {
  return props(card, cls).map((el) => {
    const name = tag(el);
    const raw = name === 'a' || name === 'area' || name === 'link' ? attr(el, 'href') : name === 'img' ? attr(el, 'src') : textOnce(el);
    return absoluteUrl(raw, base);
  });
}

/**
 * The representative h-card: the one whose u-url or u-uid is this page, else the first top-level one
 * (microformats.org/wiki/representative-h-card-parsing).
 */
function representative(doc: Document, url: string): Element | null {
  const cards = all(doc, '.h-card').filter((card) => {
    const parent = parentElement(card);
    return !parent || closest(parent, '.h-card') === null;
  });
  return cards.find((card) => [...u(card, 'u-url', url), ...u(card, 'u-uid', url)].includes(url)) ?? cards[0] ?? null;
}

export const hCard: SourceModule = {
  id: 'h-card',
  extract(doc, url) {
    const card = representative(doc, url);
    if (!card) return null;
    const locality = [p(card, 'p-locality'), p(card, 'p-region'), p(card, 'p-country-name')].filter(Boolean).join(', ');
    // Without p-name the card's own text is the name (implied name), but only when it is short enough to be one.
    const implied = textOnce(card);
    const fields: CapturedFields = {
      name: p(card, 'p-name') || (implied.length <= 80 ? implied : ''),
      title: p(card, 'p-job-title') || p(card, 'p-role'),
      company: p(card, 'p-org'),
      location: locality || p(card, 'p-adr') || p(card, 'p-label'),
      avatarUrl: u(card, 'u-photo', url)[0] ?? '',
      about: p(card, 'p-note'),
      emails: u(card, 'u-email', url),
      phones: props(card, 'p-tel').map((el) => attr(el, 'href').replace(/^tel:/, '') || textOnce(el)),
      websites: u(card, 'u-url', url),
    };
    const collected = new FieldCollector().add('h-card', fields, props(card, 'p-name').length ? [] : ['name']);
    if (!collected.fields.name) return null;
    return finish('h-card', webKey(url), { kind: 'web', url }, collected);
  },
};
