import type { MetContext } from '../model/contact';
import { companyFacetsOf, facetCounts, passesFields, type Facet, type FilterClock, type PeopleFilter } from './filters';
import { queryTerms } from './haystack';
import { searchableText, type SearchRow } from './search-row';
import type { SortKey } from './sort';

/**
 * Everyone's search rows in memory, for the people list: search as you type, filters, sort orders and counts,
 * patched row by row as writes land (utils/db/search-rows.ts `searchRowsSince`), never rebuilt from the people.
 *
 * A query term must be a substring of the person's folded text, exactly as `matchesTerms` in haystack.ts. To
 * avoid reading every text on every keystroke, each person also has a 512-bit signature of the characters and
 * character pairs in their text: a term can only be inside a text whose signature holds all of the term's bits, so
 * most people are ruled out by a few integer tests, and `includes` confirms the rest. Results are positions in a
 * sort order kept in step with each patch; typing more of the same query narrows the previous result only.
 */

const WORDS = 16;
const BITS = WORDS * 32;

interface Person {
  name: string;
  dueAt: number | null;
  createdAt: number;
  lastInteractionAt: number | null;
  archived: boolean;
  met: MetContext | null;
  company: string;
  tags: readonly string[];
}

function gramBit(a: number, b: number): number {
  return (Math.imul(a * 65_599 + b + 1, 0x9e3779b1) >>> 0) % BITS;
}

/** The bits of every character and every pair of neighbouring characters in `text`. */
function addGrams(sig: Uint32Array, offset: number, text: string): void {
  let prev = -1;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    const one = gramBit(c, 0);
    sig[offset + (one >>> 5)]! |= 1 << (one & 31);
    if (prev >= 0) {
      const two = gramBit(prev, c + 1);
      sig[offset + (two >>> 5)]! |= 1 << (two & 31);
    }
    prev = c;
  }
}

interface Mask {
  words: number[];
  bits: number[];
}

function maskOf(terms: readonly string[]): Mask {
  const sig = new Uint32Array(WORDS);
  for (const term of terms) addGrams(sig, 0, term);
  const mask: Mask = { words: [], bits: [] };
  for (let w = 0; w < WORDS; w += 1) {
    if (sig[w]) {
      mask.words.push(w);
      mask.bits.push(sig[w]!);
    }
  }
  return mask;
}

export interface SearchResult {
  /** Positions, in display order; `idAt` and `nameAt` read them. */
  positions: readonly number[];
}

interface LastSearch {
  query: string;
  filter: PeopleFilter;
  sort: SortKey;
  clock: FilterClock;
  version: number;
  positions: number[];
}

export class PeopleIndex {
  private ids: string[] = [];
  private readonly pos = new Map<string, number>();
  private people: (Person | null)[] = [];
  private texts: string[] = [];
  private sig = new Uint32Array(WORDS * 1024);
  private readonly orders = new Map<SortKey, number[]>();
  private readonly interned = new Map<string, string>();
  private last: LastSearch | null = null;
  private live = 0;
  private activeCount = 0;
  /** Rises with every patch: anything computed from the index is stale when it changes. */
  version = 0;

  constructor(
    rows: readonly SearchRow[],
    private readonly collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true }),
  ) {
    for (const row of rows) this.put(row);
  }

  get size(): number {
    return this.live;
  }

  /** People not archived: the list's "everyone". */
  get active(): number {
    return this.activeCount;
  }

  idAt(position: number): string {
    return this.ids[position]!;
  }

  nameAt(position: number): string {
    return this.people[position]?.name ?? '';
  }

  positionOf(id: string): number | undefined {
    return this.pos.get(id);
  }

  /** Applies rows read after a write; the sort orders are kept in step (each changed person moved, not re-sorted). */
  apply(rows: readonly SearchRow[]): void {
    for (const row of rows) {
      const at = this.pos.get(row.id);
      if (at !== undefined && this.people[at]) {
        for (const order of this.orders.values()) {
          const i = order.indexOf(at);
          if (i >= 0) order.splice(i, 1);
        }
      }
      const p = this.put(row);
      if (p !== undefined) for (const [key, order] of this.orders) order.splice(this.insertAt(order, p, key), 0, p);
    }
    this.version += 1;
    this.last = null;
  }

  private intern(text: string): string {
    const known = this.interned.get(text);
    if (known !== undefined) return known;
    this.interned.set(text, text);
    return text;
  }

  /** Stores a row in its slot (a new person gets the next one); returns the slot, or undefined if the person is gone. */
  private put(row: SearchRow): number | undefined {
    let p = this.pos.get(row.id);
    const before = p === undefined ? null : this.people[p];
    if (before) {
      this.live -= 1;
      if (!before.archived) this.activeCount -= 1;
    }
    if (!row.person) {
      if (p !== undefined) {
        this.people[p] = null;
        this.texts[p] = '';
        this.sig.fill(0, p * WORDS, (p + 1) * WORDS);
      }
      return undefined;
    }
    if (p === undefined) {
      p = this.ids.length;
      this.ids.push(row.id);
      this.pos.set(row.id, p);
      if ((p + 1) * WORDS > this.sig.length) {
        const grown = new Uint32Array(this.sig.length * 2);
        grown.set(this.sig);
        this.sig = grown;
      }
    }
    const s = row.person;
    this.people[p] = {
      name: s.name,
      dueAt: s.dueAt,
      createdAt: s.createdAt,
      lastInteractionAt: s.lastInteractionAt,
      archived: s.archived,
      met: s.met,
      company: this.intern(s.company),
      tags: s.tags.map((t) => this.intern(t)),
    };
    const text = searchableText({ notes: row.notes, person: s });
    this.texts[p] = text;
    this.sig.fill(0, p * WORDS, (p + 1) * WORDS);
    addGrams(this.sig, p * WORDS, text);
    this.live += 1;
    if (!s.archived) this.activeCount += 1;
    return p;
  }

  private compare(key: SortKey): (a: number, b: number) => number {
    const people = this.people as Person[];
    const ids = this.ids;
    const collator = this.collator;
    const nullsLast = (x: number | null, y: number | null, direction: 1 | -1) => {
      if (x === null) return y === null ? 0 : 1;
      if (y === null) return -1;
      return (x - y) * direction;
    };
    const primary =
      key === 'overdue'
        ? (a: Person, b: Person) => nullsLast(a.dueAt, b.dueAt, 1)
        : key === 'recent'
          ? (a: Person, b: Person) => b.createdAt - a.createdAt
          : key === 'lastTalk'
            ? (a: Person, b: Person) => nullsLast(a.lastInteractionAt, b.lastInteractionAt, -1)
            : () => 0;
    // The same order as utils/search/sort.ts: the key, then the name as the reader's language sorts it, then the id.
    return (a, b) => {
      const x = people[a]!;
      const y = people[b]!;
      return primary(x, y) || collator.compare(x.name, y.name) || (ids[a]! < ids[b]! ? -1 : ids[a]! > ids[b]! ? 1 : 0);
    };
  }

  private insertAt(order: readonly number[], p: number, key: SortKey): number {
    const compare = this.compare(key);
    let lo = 0;
    let hi = order.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(order[mid]!, p) < 0) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Everyone in `key` order: sorted once, then kept in step by `apply`. */
  order(key: SortKey): readonly number[] {
    let order = this.orders.get(key);
    if (!order) {
      order = [];
      for (let p = 0; p < this.people.length; p += 1) if (this.people[p]) order.push(p);
      order.sort(this.compare(key));
      this.orders.set(key, order);
    }
    return order;
  }

  /** Search and filters, in the order of `sort`. */
  search(query: string, filter: PeopleFilter, sort: SortKey, clock: FilterClock): SearchResult {
    const folded = queryTerms(query).join(' ');
    const last = this.last;
    // More letters of the same query can only narrow what the shorter one found.
    const narrowing =
      last !== null &&
      last.version === this.version &&
      last.sort === sort &&
      last.filter === filter &&
      last.clock.now === clock.now &&
      last.clock.soonDays === clock.soonDays &&
      folded.startsWith(last.query);
    const candidates = narrowing ? last.positions : this.order(sort);
    const terms = folded ? folded.split(' ') : [];
    const mask = maskOf(terms);
    const people = this.people;
    const texts = this.texts;
    const sig = this.sig;
    const out: number[] = [];
    outer: for (const p of candidates) {
      const base = p * WORDS;
      for (let i = 0; i < mask.words.length; i += 1) {
        const bits = mask.bits[i]!;
        if ((sig[base + mask.words[i]!]! & bits) >>> 0 !== bits) continue outer;
      }
      const text = texts[p]!;
      for (const term of terms) if (!text.includes(term)) continue outer;
      if (!narrowing && !passesFields(people[p]!, filter, clock)) continue;
      out.push(p);
    }
    this.last = { query: folded, filter, sort, clock, version: this.version, positions: out };
    return { positions: out };
  }

  tagFacets(): Facet[] {
    const people = this.people;
    return facetCounts(
      (function* () {
        for (const person of people) if (person && !person.archived) yield* person.tags;
      })(),
    );
  }

  companyFacets(limit = 200): Facet[] {
    const people = this.people;
    return companyFacetsOf(
      (function* () {
        for (const person of people) if (person && !person.archived) yield person.company;
      })(),
      limit,
    );
  }
}
