import type { CapturedFields } from '../../model/capture';
import {
  absoluteUrl,
  all,
  attr,
  closest,
  first,
  metaContent,
  pageTitle,
  parentElement,
  sameText,
  tag,
  textOnce,
} from '../dom';
import type { FieldCollector } from '../merge';
import { LINKEDIN_LABELS, matchLabel } from './labels';

/**
 * The visible profile, read through signals LinkedIn has kept across redesigns — the document title, aria-labels,
 * the order of headings, the contact-info link, meta tags — and never through generated class names.
 */

const contains = (outer: Node, inner: Node) => Node.prototype.contains.call(outer, inner);

/** "(3) Aiko Tanaka | LinkedIn" or, on public pages, "Aiko Tanaka - Product Manager - Hoshizora Labs | LinkedIn". */
export function nameFromTitle(title: string): string {
  const match = /^(?:\(\d+\+?\)\s*)?(.*?)\s*\|\s*LinkedIn\s*$/i.exec(title.trim());
  return match?.[1]?.split(/\s+[-–—]\s+/)[0]?.trim() ?? '';
}

const INLINE = new Set(['span', 'b', 'strong', 'i', 'em', 'br', 'wbr', 'abbr', 'bdi', 'small', 'mark']);

function inlineOnly(el: Element): boolean {
  for (const child of all(el, ':scope > *')) if (!INLINE.has(tag(child))) return false;
  return true;
}

function isContactLink(el: Element): boolean {
  return tag(el) === 'a' && attr(el, 'href').includes('/overlay/contact-info');
}

/** The first plain text block after the name heading, before any button or link: the headline. */
function headlineAfter(heading: Element, card: Element, name: string): string {
  const elements = all(card, '*');
  const start = elements.indexOf(heading);
  if (start < 0) return '';
  for (const el of elements.slice(start + 1, start + 300)) {
    if (contains(heading, el)) continue;
    const name_ = tag(el);
    if (name_ === 'button' || name_ === 'section' || isContactLink(el)) break;
    if (closest(el, 'a, button') || !inlineOnly(el)) continue;
    const text = textOnce(el);
    if (!text || sameText(text, name) || matchLabel(LINKEDIN_LABELS.notHeadline, text)) continue;
    return text;
  }
  return '';
}

/** The text beside the "Contact info" link, which LinkedIn places right after the location. */
function locationNear(link: Element, heading: Element | null): string {
  const linkText = textOnce(link);
  let el = parentElement(link);
  for (let depth = 0; el && depth < 3; depth += 1, el = parentElement(el)) {
    if (heading && contains(el, heading)) break;
    const text = textOnce(el).replace(linkText, '').replace(/[·•|]/g, ' ').trim();
    if (text) return text;
  }
  return '';
}

function companyFromLabels(root: Element): string {
  for (const el of all(root, '[aria-label]')) {
    const company = matchLabel(LINKEDIN_LABELS.currentCompany, attr(el, 'aria-label'));
    if (company) return company;
  }
  return '';
}

function photoFor(root: Element, name: string, base: string): string {
  for (const img of all(root, 'img[alt]')) {
    const alt = attr(img, 'alt');
    if (sameText(alt, name) || (name && alt.toLocaleLowerCase().startsWith(name.toLocaleLowerCase()))) {
      return absoluteUrl(attr(img, 'src'), base);
    }
  }
  return '';
}

export function readVisible(doc: Document, url: string, into: FieldCollector, otherNames: readonly string[]): void {
  const main = first(doc, 'main') ?? first(doc, 'body');
  if (!main) return;
  const titleName = nameFromTitle(pageTitle(doc));
  const h1 = first(main, 'h1');
  const headings = h1 ? [h1] : all(main, 'h2');
  const matching = headings.find((h) => sameText(textOnce(h), titleName)) ?? null;
  const heading = matching ?? (h1 || (!titleName ? headings[0] : null)) ?? null;
  const headingName = textOnce(heading);

  let name = '';
  if (matching) {
    name = headingName;
    into.add('heading', { name });
  } else if (titleName) {
    name = titleName;
    // The title alone, with a top card that disagrees or no photo of that name, may lag behind the page.
    const confirmed = !heading && photoFor(main, titleName, url) !== '';
    into.add('title', { name }, confirmed ? [] : ['name']);
  } else if (headingName) {
    name = headingName;
    into.add('heading', { name }, ['name']);
  }
  const meta = [metaContent(doc, 'profile:first_name'), metaContent(doc, 'profile:last_name')].filter(Boolean);
  if (meta.length) into.add('meta', { name: meta.join(' ') });
  if (otherNames.some((other) => sameText(other, into.fields.name))) into.markUnsure('name');

  const card = (heading && closest(heading, 'section')) ?? main;
  const fields: CapturedFields = {};
  if (heading) {
    const headline = headlineAfter(heading, card, name);
    if (headline) into.add('heading', { headline });
  }
  const company = companyFromLabels(card) || companyFromLabels(main);
  if (company) fields.company = company;
  into.add('aria-label', fields);

  const contact = all(main, 'a[href*="/overlay/contact-info"]')[0];
  const location = contact ? locationNear(contact, heading) : '';
  const avatar = name ? photoFor(card, name, url) : '';
  into.add('top-card', { location, avatarUrl: avatar });
  into.add('meta', { avatarUrl: metaContent(doc, 'og:image') });
}
