import type { CapturedFields } from '../model/capture';
import { absoluteUrl, all, plain, textOnce } from './dom';

type Node = Record<string, unknown>;

function isNode(value: unknown): value is Node {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function types(node: Node): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^https?:\/\/schema\.org\//, ''));
}

export type { Node as JsonLdNode };

/** Every node of the page's JSON-LD blocks and each property link between them (`@id` references resolved). */
export interface JsonLdGraph {
  nodes: Node[];
  links: { from: Node; key: string; to: Node }[];
}

export function jsonLdGraph(doc: Document): JsonLdGraph {
  const nodes: Node[] = [];
  const raw: { from: Node; key: string; to: Node }[] = [];
  const visit = (value: unknown, depth: number, from: Node | null, key: string) => {
    if (depth > 8 || nodes.length > 500) return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 200)) visit(item, depth + 1, from, key);
      return;
    }
    if (!isNode(value)) return;
    if (from && key !== '@graph') raw.push({ from, key, to: value });
    nodes.push(value);
    for (const [name, child] of Object.entries(value)) {
      if (name !== '@context' && (isNode(child) || Array.isArray(child))) visit(child, depth + 1, value, name);
    }
  };
  for (const script of all(doc, 'script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(textOnce(script)), 0, null, '');
    } catch {
      // Broken JSON-LD is common; other sources may still find the person.
    }
  }
  // `{"@id": "…"}` alone is a reference to the node that carries that id with its properties.
  const byId = new Map<string, Node>();
  for (const node of nodes) {
    const id = node['@id'];
    if (typeof id === 'string' && Object.keys(node).length > 1 && !byId.has(id)) byId.set(id, node);
  }
  const resolve = (node: Node) => {
    const id = node['@id'];
    return typeof id === 'string' && Object.keys(node).length === 1 ? (byId.get(id) ?? node) : node;
  };
  const links = raw.map((link) => ({ ...link, to: resolve(link.to) }));
  return { nodes: nodes.filter((node) => resolve(node) === node), links };
}

export function isPerson(node: Node): boolean {
  return types(node).includes('Person');
}

export function typesOf(node: Node): string[] {
  return types(node);
}

/** Person nodes anywhere a page puts them: top level, arrays, `@graph`, `ProfilePage.mainEntity`. */
export function jsonLdPersons(doc: Document): Node[] {
  const persons: Node[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 6 || persons.length > 20) return;
    if (Array.isArray(value)) {
      for (const item of value.slice(0, 200)) visit(item, depth + 1);
      return;
    }
    if (!isNode(value)) return;
    if (types(value).includes('Person')) persons.push(value);
    visit(value['@graph'], depth + 1);
    visit(value.mainEntity, depth + 1);
  };
  for (const script of all(doc, 'script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(textOnce(script)), 0);
    } catch {
      // Broken JSON-LD is common; other sources may still find the person.
    }
  }
  return persons;
}

function text(value: unknown): string {
  if (typeof value === 'string') return plain(value);
  if (Array.isArray(value)) return text(value[0]);
  if (isNode(value)) return text(value.name ?? value['@value']);
  return '';
}

function url(value: unknown, base: string): string {
  if (typeof value === 'string') return absoluteUrl(plain(value), base);
  if (Array.isArray(value)) return url(value[0], base);
  if (isNode(value)) return url(value.contentUrl ?? value.url, base);
  return '';
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

function place(value: unknown): string {
  const node = list(value)[0];
  if (typeof node === 'string') return plain(node);
  if (!isNode(node)) return '';
  const address = isNode(node.address) ? node.address : node;
  const parts = [address.addressLocality, address.addressRegion, text(address.addressCountry)]
    .map((part) => text(part))
    .filter(Boolean);
  return parts.length ? parts.join(', ') : text(node.name);
}

/** Who the Person is: name, role, place, photo, description (what LinkedIn's public JSON-LD holds too). */
export function personCore(person: Node, base: string): CapturedFields {
  return {
    name: text(person.name) || [text(person.givenName), text(person.familyName)].join(' '),
    title: text(person.jobTitle),
    company: text(person.worksFor) || text(person.affiliation),
    location: place(person.address) || place(person.homeLocation),
    avatarUrl: url(person.image, base),
    about: text(person.description),
  };
}

/** Reads a schema.org Person node into captured fields, with how to reach them. */
export function personFields(person: Node, base: string): CapturedFields {
  return {
    ...personCore(person, base),
    emails: list(person.email).map(text),
    phones: list(person.telephone).map(text),
    websites: [...list(person.url), ...list(person.sameAs)].map((u) => url(u, base)),
  };
}
