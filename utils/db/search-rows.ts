import type { Table, Transaction } from 'dexie';
import type { TsunagariDB } from './database';
import type { Contact } from '../model/contact';
import type { Note } from '../model/note';
import { foldNotes, SEARCH_INDEX_VERSION, summarize, type SearchRow } from '../search/search-row';
import { notesByContact } from '../search/haystack';
import { RESET_ROW_ID } from './search-index';

export interface SearchMeta {
  id: 'search';
  version: number;
}

/** Every person's row, numbered from `firstSeq`, then the reset row that tells open pages to read everything again. */
export function buildSearchRows(contacts: readonly Contact[], notes: readonly Note[], firstSeq = 1): SearchRow[] {
  const bodies = notesByContact(notes);
  let seq = firstSeq;
  const rows: SearchRow[] = contacts.map((c) => ({
    id: c.id,
    seq: seq++,
    notes: foldNotes(bodies.get(c.id) ?? []),
    person: summarize(c),
  }));
  rows.push({ id: RESET_ROW_ID, seq, notes: '', person: null });
  return rows;
}

async function writeIndex(table: (name: string) => Table): Promise<number> {
  const [contacts, notes, top] = await Promise.all([
    table('contacts').toArray() as Promise<Contact[]>,
    table('notes').toArray() as Promise<Note[]>,
    table('searchRows').orderBy('seq').last() as Promise<SearchRow | undefined>,
  ]);
  await table('searchRows').clear();
  await table('searchRows').bulkPut(buildSearchRows(contacts, notes, (top?.seq ?? 0) + 1));
  await table('searchMeta').put({ id: 'search', version: SEARCH_INDEX_VERSION } satisfies SearchMeta);
  return contacts.length;
}

/** Version 3 → 4: the index is built for everyone already saved. */
export async function upgradeToV4(tx: Transaction): Promise<void> {
  await writeIndex((name) => tx.table(name));
}

/** Builds the index again from the people and notes, in one transaction; returns how many people it holds. */
export function rebuildSearchIndex(db: TsunagariDB): Promise<number> {
  return db.transaction('rw', [db.contacts, db.notes, db.searchRows, db.searchMeta], () =>
    writeIndex((name) => db.table(name)),
  );
}

export interface LoadedIndex {
  /** Rows of saved people only. */
  rows: SearchRow[];
  /** The highest seq read: changes after it are what `searchRowsSince` returns. */
  seq: number;
  rebuilt: boolean;
}

/**
 * Everyone's row, for the dashboard's search. The index is checked first — its version, and one row for each
 * saved person — and rebuilt when it does not hold (rows written by an older build, a database filled behind
 * the extension's back), so a broken index costs one rebuild, never wrong results.
 */
export async function loadSearchIndex(db: TsunagariDB): Promise<LoadedIndex> {
  const read = () =>
    db.transaction('r', [db.contacts, db.searchRows, db.searchMeta], async () => {
      const [meta, people, rows] = await Promise.all([
        db.searchMeta.get('search'),
        db.contacts.count(),
        db.searchRows.toArray(),
      ]);
      return { meta, people, rows };
    });
  let rebuilt = false;
  for (;;) {
    const { meta, people, rows } = await read();
    let seq = 0;
    const live: SearchRow[] = [];
    for (const row of rows) {
      if (row.seq > seq) seq = row.seq;
      if (row.person) live.push(row);
    }
    if ((meta?.version === SEARCH_INDEX_VERSION && live.length === people) || rebuilt)
      return { rows: live, seq, rebuilt };
    await rebuildSearchIndex(db);
    rebuilt = true;
  }
}

/** Rows written after `seq`, oldest first: what changed since the index was last read. */
export function searchRowsSince(db: TsunagariDB, seq: number): Promise<SearchRow[]> {
  return db.searchRows.where('seq').above(seq).toArray();
}
