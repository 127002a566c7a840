import type { Contact } from '../model/contact';

export interface Slice {
  /** '' stands for "not recorded". */
  key: string;
  count: number;
}

export interface Distribution {
  slices: Slice[];
  /** How many people fell into the slices left out (beyond `limit`). */
  otherCount: number;
  /** Distinct known values (not counting ''). */
  distinct: number;
  /** People with a known value. */
  known: number;
  /**
   * Evenness from 0 (everyone in one group) to 1 (spread evenly): Shannon entropy of the known
   * values divided by its maximum. One number that says "how varied" without reading the chart.
   */
  evenness: number;
  /** Share of known people in the largest group, 0..1. */
  topShare: number;
}

export type Dimension = 'company' | 'role' | 'location' | 'met' | 'tag';
export const DIMENSIONS: readonly Dimension[] = ['company', 'role', 'location', 'met', 'tag'];

/**
 * Seniority words that open a title without changing the role ("Senior Engineer" is an engineer). Only whole leading
 * words are taken off, never words inside a title: taking "chief" or "head of" out of anywhere turned "Chief of
 * Staff" into the role "of". Japanese titles put seniority in front too (シニアエンジニア, 上級研究員).
 */
const SENIORITY =
  /^(?:(?:senior|sr\.?|junior|jr\.?|lead|principal|staff|associate)\s+|(?:シニア|ジュニア|上級|主任|リード)[\s・]*)+/iu;

/** A job title as people write it, with leading seniority words off and spaces tidied; case kept for display. */
export function roleLabel(title: string): string {
  const tidy = title.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const role = tidy.replace(SENIORITY, '').trim();
  return role || tidy;
}

/** The group a job title falls in: the whole title (not its words), without seniority, compared without case. */
export function roleOf(title: string): string {
  return roleLabel(title).toLocaleLowerCase('en');
}

/** "Kyoto, Japan" and "Kyoto" count as the same place: the first part is the most specific one. */
export function placeOf(location: string): string {
  return (location.split(/[,、，]/)[0] ?? '').trim();
}

export function valuesOf(contact: Contact, dimension: Dimension): string[] {
  switch (dimension) {
    case 'company':
      return [contact.company.trim()];
    case 'role':
      return [roleLabel(contact.title)];
    case 'location':
      return [placeOf(contact.location)];
    case 'met':
      return [contact.met.context ?? ''];
    case 'tag':
      return contact.tags.length ? contact.tags : [''];
  }
}

export function distribution(contacts: readonly Contact[], dimension: Dimension, limit = 8): Distribution {
  const counts = new Map<string, number>();
  // Case differences ("ACME" / "Acme") are one group; the first spelling seen names it.
  const labels = new Map<string, string>();
  for (const contact of contacts) {
    for (const raw of valuesOf(contact, dimension)) {
      const id = raw.toLowerCase();
      if (!labels.has(id)) labels.set(id, raw);
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  const known = [...counts].filter(([id]) => id !== '');
  const knownTotal = known.reduce((sum, [, n]) => sum + n, 0);
  let entropy = 0;
  for (const [, n] of known) {
    const p = n / knownTotal;
    entropy -= p * Math.log(p);
  }
  const evenness = known.length > 1 ? entropy / Math.log(known.length) : 0;
  const sorted = known
    .map(([id, count]) => ({ key: labels.get(id) ?? id, count }))
    .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  const slices = sorted.slice(0, limit);
  const unknown = counts.get('') ?? 0;
  if (unknown > 0) slices.push({ key: '', count: unknown });
  return {
    slices,
    otherCount: sorted.slice(limit).reduce((sum, s) => sum + s.count, 0),
    distinct: known.length,
    known: knownTotal,
    evenness,
    topShare: knownTotal > 0 ? (sorted[0]?.count ?? 0) / knownTotal : 0,
  };
}
