import { db } from '../../utils/db/instance';
import { buildIndex } from '../../utils/search/haystack';
import { findPeople, NO_FILTER } from '../../utils/search/filters';
import { sortEntries } from '../../utils/search/sort';
import { loadSearchIndex } from '../../utils/db/search-rows';
import { PeopleIndex } from '../../utils/search/people-index';
import { percentile } from './stats';

/** What a user types, one keystroke at a time (a Japanese name arrives as IME commits, one character each). */
export const TYPED_QUERIES = [
  'tanaka',
  '田中',
  'hoshizora',
  'kyoto coffee',
  'engineer',
  'person12@example',
  '勉強会',
  'xyzzy',
];

export interface SearchFigures {
  p50: number;
  p95: number;
  baselineP50: number;
  baselineP95: number;
  keystrokes: number;
  /** Reading everyone's search rows and building the in-memory index, as the dashboard does once. */
  readyMs: number;
}

/**
 * Search as you type, as the dashboard does it: the search rows are read and indexed once (`readyMs`), then every
 * keystroke runs `PeopleIndex.search` (search, filters, the overdue order). The baseline is the search this
 * replaced: haystacks built from every person and note, scanned in full each keystroke (`findPeople`). Both must
 * find the same people on every keystroke.
 */
export async function searchAsYouType(passes = 3): Promise<SearchFigures> {
  const readyStart = performance.now();
  const loaded = await loadSearchIndex(db);
  const index = new PeopleIndex(loaded.rows);
  index.order('overdue');
  const readyMs = performance.now() - readyStart;
  const [contacts, notes] = await Promise.all([db.contacts.toArray(), db.notes.toArray()]);
  const sorted = sortEntries(buildIndex(contacts, notes), 'overdue', 'en');
  const clock = { now: Date.now(), soonDays: 7 };
  const times: number[] = [];
  const scanTimes: number[] = [];
  for (let pass = 0; pass < passes; pass += 1) {
    for (const query of TYPED_QUERIES) {
      for (let end = 1; end <= query.length; end += 1) {
        const typed = query.slice(0, end);
        let start = performance.now();
        const found = index.search(typed, NO_FILTER, 'overdue', clock).positions.length;
        times.push(performance.now() - start);
        start = performance.now();
        const scanned = findPeople(sorted, typed, NO_FILTER, clock).length;
        scanTimes.push(performance.now() - start);
        if (found !== scanned) throw new Error(`search "${typed}": index finds ${found}, scan finds ${scanned}`);
      }
    }
  }
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    baselineP50: percentile(scanTimes, 50),
    baselineP95: percentile(scanTimes, 95),
    keystrokes: times.length,
    readyMs,
  };
}
