import { mf2 } from 'microformats-parser';
import type { CapturedFields } from '../../model/capture';
import { webKey } from '../../model/keys';
import { FieldCollector, finish } from '../merge';
import { withLiveDocument } from '../mf2/parse5-dom';
import type { SourceModule } from '../types';

/** An item as microformats-parser gives it (its types are not exported one by one). */
interface Item {
  type?: string[];
  properties: Record<string, unknown[]>;
  value?: unknown;
}

function isItem(value: unknown): value is Item {
  return !!value && typeof value === 'object' && 'properties' in value;
}

/** A property's text: a string, an `{ value }` (u-photo with alt, e-*), or a nested item's value. */
function text(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object' && 'value' in value) return text((value as { value: unknown }).value);
  return '';
}

function first(item: Item, name: string): string {
  for (const value of item.properties[name] ?? []) {
    const found = text(value);
    if (found) return found;
  }
  return '';
}

function every(item: Item, name: string): string[] {
  return (item.properties[name] ?? []).map(text).filter(Boolean);
}

function isCard(item: Item): boolean {
  return item.type?.includes('h-card') ?? false;
}

/** "Kobe, Japan" from an h-adr, or from the card's own address properties. */
function place(item: Item): string {
  const parts = ['locality', 'region', 'country-name'].map((key) => first(item, key)).filter(Boolean);
  return parts.join(', ');
}

function location(card: Item): string {
  for (const adr of card.properties.adr ?? []) {
    const found = isItem(adr) ? place(adr) || text(adr) : text(adr);
    if (found) return found;
  }
  return place(card) || first(card, 'label');
}

/** The name the card gives: `name` (explicit or implied by the parsing spec), else its name parts; never invented. */
function nameOf(card: Item): string {
  const name = first(card, 'name');
  if (name) return name;
  return ['honorific-prefix', 'given-name', 'additional-name', 'family-name', 'honorific-suffix']
    .map((key) => first(card, key))
    .filter(Boolean)
    .join(' ');
}

function fieldsOf(card: Item): CapturedFields {
  return {
    name: nameOf(card),
    title: first(card, 'job-title') || first(card, 'role'),
    company: first(card, 'org'),
    location: location(card),
    avatarUrl: first(card, 'photo'),
    about: first(card, 'note'),
    emails: every(card, 'email'),
    phones: every(card, 'tel').map((tel) => tel.replace(/^tel:/i, '')),
    websites: every(card, 'url'),
  };
}

function samePage(a: string, b: string): boolean {
  const key = webKey(a);
  return key !== null && key === webKey(b);
}

/**
 * Cards a page may be about: top-level h-cards, and the authors of its top-level h-entries (a post by someone
 * whose card sits in the post) when the page has no card of its own.
 */
function candidates(items: Item[]): { cards: Item[]; authorsOnly: boolean } {
  const cards = items.filter(isCard);
  if (cards.length) return { cards, authorsOnly: false };
  const authors = items.flatMap((item) => (item.properties.author ?? []).filter(isItem).filter(isCard));
  return { cards: authors, authorsOnly: true };
}

/**
 * The representative h-card (microformats.org/wiki/representative-h-card-parsing): the one whose url or uid is
 * this page. Without one, a lone card is the page's; with several, the first is offered and marked unsure.
 */
export function representativeCard(items: Item[], url: string): { card: Item; sure: boolean } | null {
  const { cards, authorsOnly } = candidates(items);
  const tied = cards.find((card) => [...every(card, 'url'), ...every(card, 'uid')].some((u) => samePage(u, url)));
  if (tied) return { card: tied, sure: true };
  const lone = cards[0];
  if (!lone) return null;
  return { card: lone, sure: cards.length === 1 && !authorsOnly };
}

/** Top-level microformats; none for a page the parser refuses (no body, an unparseable address, a broken tree). */
function readItems(doc: Document, url: string): Item[] {
  try {
    return withLiveDocument(doc, url, (html) => mf2(html, { baseUrl: url })).items as Item[];
  } catch {
    return [];
  }
}

export const hCard: SourceModule = {
  id: 'h-card',
  extract(doc, url) {
    const chosen = representativeCard(readItems(doc, url), url);
    if (!chosen) return null;
    const fields = fieldsOf(chosen.card);
    // An implied name is the card's whole text: a line of prose is not a name the user meant to save.
    const longName = (fields.name ?? '').length > 80;
    const unsure = chosen.sure && !longName ? [] : (['name', 'company', 'title', 'location'] as const);
    const collected = new FieldCollector().add('h-card', fields, unsure);
    if (collected.isEmpty()) return null;
    // A card without a name stays nameless: the user names the person (finish() asks for confirmation).
    return finish('h-card', webKey(url), { kind: 'web', url }, collected);
  },
};
