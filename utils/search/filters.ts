import type { MetContext } from '../model/contact';
import { dueState, type DueState } from '../cadence/due';
import { matchesTerms, queryTerms, type PersonEntry } from './haystack';

export type DueFilter = 'all' | DueState | 'archived';
/** 'unknown' = people whose meeting context was never set. */
export type MetFilter = MetContext | 'unknown' | null;

export interface PeopleFilter {
  due: DueFilter;
  tag: string | null;
  met: MetFilter;
  /** Compared case-insensitively, trimmed. */
  company: string | null;
}

export const NO_FILTER: PeopleFilter = { due: 'all', tag: null, met: null, company: null };

export interface FilterClock {
  now: number;
  soonDays: number;
}

/** The fields the filters look at, whether they come from a person or from their search row. */
export interface FilterFields {
  archived: boolean;
  dueAt: number | null;
  tags: readonly string[];
  met: MetContext | null;
  company: string;
}

/** Archived people show only under the 'archived' filter: they are out of the user's rotation. */
export function passesFields(f: FilterFields, filter: PeopleFilter, clock: FilterClock): boolean {
  if (filter.due === 'archived') {
    if (!f.archived) return false;
  } else {
    if (f.archived) return false;
    if (filter.due !== 'all' && dueState(f.dueAt, clock.now, clock.soonDays) !== filter.due) return false;
  }
  if (filter.tag !== null && !f.tags.includes(filter.tag)) return false;
  if (filter.met !== null) {
    const context = f.met ?? 'unknown';
    if (context !== filter.met) return false;
  }
  if (filter.company !== null && f.company.trim().toLowerCase() !== filter.company.trim().toLowerCase()) return false;
  return true;
}

export function passesFilter(entry: PersonEntry, filter: PeopleFilter, clock: FilterClock): boolean {
  const c = entry.contact;
  return passesFields(
    { archived: c.archivedAt !== null, dueAt: c.dueAt, tags: c.tags, met: c.met.context, company: c.company },
    filter,
    clock,
  );
}

/** Search and filters in one pass over entries already in display order. */
export function findPeople(
  entries: readonly PersonEntry[],
  query: string,
  filter: PeopleFilter,
  clock: FilterClock,
): PersonEntry[] {
  const terms = queryTerms(query);
  const out: PersonEntry[] = [];
  for (const entry of entries) {
    if (terms.length > 0 && !matchesTerms(entry.haystack, terms)) continue;
    if (passesFilter(entry, filter, clock)) out.push(entry);
  }
  return out;
}

export interface Facet {
  value: string;
  count: number;
}

/** Values to offer in a filter, most common first (ties by name), from people not archived. */
export function facetCounts(values: Iterable<string>, limit = Infinity): Facet[] {
  const counts = new Map<string, number>();
  for (const value of values) if (value) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
    .slice(0, limit);
}

export function tagFacets(entries: readonly PersonEntry[]): Facet[] {
  return facetCounts(entries.filter((e) => e.contact.archivedAt === null).flatMap((e) => e.contact.tags));
}

/** Companies grouped without regard to case ("ACME" and "Acme" are one choice), as the filter compares them. */
export function companyFacets(entries: readonly PersonEntry[], limit = 200): Facet[] {
  return companyFacetsOf(
    entries.filter((e) => e.contact.archivedAt === null).map((e) => e.contact.company),
    limit,
  );
}

/** The same grouping over the companies of the people not archived, however they were read. */
export function companyFacetsOf(companies: Iterable<string>, limit = 200): Facet[] {
  const groups = new Map<string, Map<string, number>>();
  for (const company of companies) {
    const spelling = company.trim();
    if (!spelling) continue;
    const key = spelling.toLowerCase();
    const spellings = groups.get(key) ?? new Map<string, number>();
    spellings.set(spelling, (spellings.get(spelling) ?? 0) + 1);
    groups.set(key, spellings);
  }
  const facets: Facet[] = [];
  for (const spellings of groups.values()) {
    let best = '';
    let bestCount = 0;
    let total = 0;
    for (const [spelling, n] of spellings) {
      total += n;
      if (n > bestCount) {
        best = spelling;
        bestCount = n;
      }
    }
    facets.push({ value: best, count: total });
  }
  return facets.sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)).slice(0, limit);
}
