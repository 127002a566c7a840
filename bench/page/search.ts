import { db } from '../../utils/db/instance';
import { buildIndex, notesByContact } from '../../utils/search/haystack';
import { foldText } from '../../utils/search/fold';
import { findPeople, NO_FILTER } from '../../utils/search/filters';
import { sortEntries } from '../../utils/search/sort';
import type { Contact } from '../../utils/model/contact';
import { percentile } from './stats';

/** What a user types, one keystroke at a time (a Japanese name arrives as IME commits, one character each). */
export const TYPED_QUERIES = ['tanaka', '田中', 'hoshizora', 'kyoto coffee', 'engineer', 'person12@example', '勉強会', 'xyzzy'];

export interface SearchFigures {
  p50: number;
  p95: number;
  baselineP50: number;
  baselineP95: number;
  keystrokes: number;
  indexBuildMs: number;
}

/** Search without the prebuilt haystacks: every field folded again on every keystroke. */
function naiveSearch(contacts: readonly Contact[], notes: Map<string, string[]>, query: string): Contact[] {
  const terms = foldText(query).split(/\s+/).filter(Boolean);
  const out: Contact[] = [];
  for (const c of contacts) {
    if (c.archivedAt !== null) continue;
    const fields = [c.name, c.headline, c.company, c.title, c.location, c.met.place, c.met.introducedBy, ...c.tags, ...c.topics, ...c.emails, ...(notes.get(c.id) ?? [])];
    if (terms.every((term) => fields.some((field) => foldText(field).includes(term)))) out.push(c);
  }
  return out;
}

/**
 * Search as you type, as the dashboard does it: the index (haystacks) is built once per data change and sorted
 * once, then every keystroke runs `findPeople` over it. Each keystroke is timed on its own.
 */
export async function searchAsYouType(passes = 3): Promise<SearchFigures> {
  const [contacts, notes] = await Promise.all([db.contacts.toArray(), db.notes.toArray()]);
  const buildStart = performance.now();
  const sorted = sortEntries(buildIndex(contacts, notes), 'overdue', 'en');
  const indexBuildMs = performance.now() - buildStart;
  const byContact = notesByContact(notes);
  const clock = { now: Date.now(), soonDays: 7 };
  const times: number[] = [];
  const naiveTimes: number[] = [];
  for (let pass = 0; pass < passes; pass += 1) {
    for (const query of TYPED_QUERIES) {
      for (let end = 1; end <= query.length; end += 1) {
        const typed = query.slice(0, end);
        let start = performance.now();
        const found = findPeople(sorted, typed, NO_FILTER, clock);
        times.push(performance.now() - start);
        start = performance.now();
        const naive = naiveSearch(contacts, byContact, typed);
        naiveTimes.push(performance.now() - start);
        // Different answers would make the comparison meaningless.
        if (found.length !== naive.length) throw new Error(`search "${typed}": index finds ${found.length}, scan finds ${naive.length}`);
      }
    }
  }
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    baselineP50: percentile(naiveTimes, 50),
    baselineP95: percentile(naiveTimes, 95),
    keystrokes: times.length,
    indexBuildMs,
  };
}
