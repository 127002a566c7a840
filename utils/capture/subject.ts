import type { CapturedFieldName } from '../model/capture';
import { absoluteUrl, attr, closest, hasAttr, parentElement } from './dom';
import { isPerson, jsonLdGraph, typesOf, type JsonLdNode } from './jsonld';
import { microdataPersons, microdataUrls } from './microdata';

/**
 * Which Person a page is about, when it names several (docs/ARCHITECTURE.md, "Capture pipeline"): the one tied to
 * the page's own address — its `url`, `sameAs`, `@id` or `mainEntityOfPage` is the page, or it is the page's
 * `mainEntity`/`about` — not the first found. Persons that are values of another node (an article's author, a
 * reviewer, a comment's author) are mentions. Without a tie, a lone unmentioned Person is the page's; anything
 * else is offered unsure, for the user to confirm.
 */
export interface Pick<T> {
  person: T;
  /** Tied to the page's address. */
  tied: boolean;
  /** Tied, or the page's only Person and not a mention. */
  sure: boolean;
}

/** Fields that describe who the person is: when the person is a guess, these are what the user must look at. */
export const IDENTITY_FIELDS: readonly CapturedFieldName[] = ['name', 'title', 'company', 'location', 'avatarUrl'];

function choose<T>(persons: T[], tied: (p: T) => boolean, mentioned: (p: T) => boolean): Pick<T> | null {
  const own = persons.find(tied);
  if (own) return { person: own, tied: true, sure: true };
  const unmentioned = persons.filter((p) => !mentioned(p));
  const first = unmentioned[0] ?? persons[0];
  if (first === undefined) return null;
  return { person: first, tied: false, sure: persons.length === 1 && unmentioned.length === 1 };
}

function strings(value: unknown): string[] {
  const list = Array.isArray(value) ? value : [value];
  return list.flatMap((item) => {
    if (typeof item === 'string') return [item];
    if (item && typeof item === 'object') {
      const node = item as JsonLdNode;
      return [node['@id'], node.url].filter((v): v is string => typeof v === 'string');
    }
    return [];
  });
}

const PAGE_TYPE = /Page$/;

export function pickJsonLdPerson(
  doc: Document,
  base: string,
  isPage: (url: string) => boolean,
): Pick<JsonLdNode> | null {
  const { nodes, links } = jsonLdGraph(doc);
  const named = nodes.filter(
    (node) => isPerson(node) && (typeof node.name === 'string' || typeof node.givenName === 'string'),
  );
  const points = (value: unknown) => strings(value).some((u) => isPage(absoluteUrl(u, base)));
  const subjects = new Set<JsonLdNode>();
  const mentions = new Set<JsonLdNode>();
  for (const { from, key, to } of links) {
    const ofPage = typesOf(from).some((t) => PAGE_TYPE.test(t));
    const pageIsThis =
      typesOf(from).includes('ProfilePage') || (!from.url && !from['@id']) || points(from.url) || points(from['@id']);
    if ((key === 'mainEntity' || key === 'about') && ofPage && pageIsThis) subjects.add(to);
    else mentions.add(to);
  }
  // An `@id` like "https://blog.example/#author" names the site, not this page, when the node is someone's author.
  const tied = (p: JsonLdNode) =>
    subjects.has(p) ||
    points(p.url) ||
    points(p.sameAs) ||
    points(p.mainEntityOfPage) ||
    (!mentions.has(p) && points(p['@id']));
  return choose(named, tied, (p) => mentions.has(p));
}

export function pickMicrodataPerson(
  doc: Document,
  base: string,
  isPage: (url: string) => boolean,
): Pick<Element> | null {
  const tied = (item: Element) => {
    if ([...microdataUrls(item, base), absoluteUrl(attr(item, 'itemid'), base)].some((u) => u && isPage(u)))
      return true;
    // itemprop="mainEntity" (or "about") of the page's WebPage/ProfilePage item.
    const parent = parentElement(item);
    const owner = parent && closest(parent, '[itemscope]');
    return (
      !!owner &&
      /\b(mainEntity|about)\b/.test(attr(item, 'itemprop')) &&
      /schema\.org\/\w*Page\b/.test(attr(owner, 'itemtype'))
    );
  };
  // A Person that is itself a property of another item (author, comment author, reviewer) is a mention.
  return choose(microdataPersons(doc), tied, (item) => hasAttr(item, 'itemprop'));
}
