import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import type { Contact } from '../model/contact';
import type { Note } from '../model/note';
import { foldText, SEP } from '../search/haystack';
import { foldNotes, summarize, type SearchRow } from '../search/search-row';

/**
 * The search index kept in the same transaction as every write (docs/ARCHITECTURE.md, "The search index").
 *
 * A Dexie DBCore middleware rather than code in each repository, and rather than table hooks: people and notes are
 * written from the write path, the bulk edits, talks, notes, merges, deletes, restores and sync — and from helpers
 * still to come — and a middleware sees every one of those writes without any of them knowing. Table hooks cannot
 * add a table to a transaction; the middleware widens every read-write transaction on `contacts` or `notes` to
 * `searchRows` (as Dexie Cloud widens them to its mutation tables), so a person and their row commit together.
 *
 * Each written row takes the next `seq` (the highest stored plus one, read in the same read-write transaction, so
 * the order holds across pages and the worker): an open dashboard reads only the rows above the last it saw.
 */

export const SEARCH_ROWS = 'searchRows';
/** A row with this id says "everything may have changed" (a table was cleared or the index rebuilt). */
export const RESET_ROW_ID = '';

// Dexie's DBCoreRangeType is a const enum in its types: the values, spelled out.
const RANGE_EQUAL = 1;
const RANGE_ANY = 3;
const ANY: DBCoreKeyRange = { type: RANGE_ANY } as DBCoreKeyRange;
const equal = (key: string): DBCoreKeyRange => ({ type: RANGE_EQUAL, lower: key, upper: key }) as DBCoreKeyRange;

function idbTransaction(trans: DBCoreTransaction): IDBTransaction {
  return trans as unknown as IDBTransaction;
}

/** Schema upgrades build the index themselves (utils/db/upgrade-v3.ts); readonly transactions write nothing. */
function indexing(trans: DBCoreTransaction): boolean {
  const idb = idbTransaction(trans);
  return idb.mode === 'readwrite' && idb.objectStoreNames.contains(SEARCH_ROWS);
}

function failed(res: DBCoreMutateResponse, i: number): boolean {
  return res.numFailures > 0 && res.failures[i] !== undefined;
}

async function nextSeq(rows: DBCoreTable, trans: DBCoreTransaction): Promise<number> {
  const seqIndex = rows.schema.getIndexByKeyPath('seq');
  if (!seqIndex) throw new Error('searchRows has no seq index');
  const { result } = await rows.query({
    trans,
    values: true,
    limit: 1,
    direction: 'prev',
    query: { index: seqIndex, range: ANY },
  });
  const top = result[0] as SearchRow | undefined;
  return (top?.seq ?? 0) + 1;
}

async function putRows(
  rows: DBCoreTable,
  trans: DBCoreTransaction,
  values: Omit<SearchRow, 'seq'>[],
  from?: number,
): Promise<void> {
  if (values.length === 0) return;
  let seq = from ?? (await nextSeq(rows, trans));
  const stamped = values.map((row) => ({ ...row, seq: seq++ }));
  const res = await rows.mutate({ type: 'put', trans, values: stamped });
  if (res.numFailures > 0) throw Object.values(res.failures)[0] ?? new Error('searchRows write failed');
}

async function existingRows(
  rows: DBCoreTable,
  trans: DBCoreTransaction,
  ids: readonly string[],
): Promise<Map<string, SearchRow>> {
  const found = (await rows.getMany({ trans, keys: [...ids] })) as (SearchRow | undefined)[];
  const map = new Map<string, SearchRow>();
  for (const row of found) if (row) map.set(row.id, row);
  return map;
}

function contactsMutation(down: DBCore) {
  return async (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
    const contacts = down.table('contacts');
    if (!indexing(req.trans)) return contacts.mutate(req);
    const rows = down.table(SEARCH_ROWS);
    const { trans } = req;
    if (req.type === 'deleteRange') {
      // Read before the rows go: seq must keep rising even when every row is deleted.
      const seq = await nextSeq(rows, trans);
      const res = await contacts.mutate(req);
      await rows.mutate({ type: 'deleteRange', trans, range: req.range });
      await putRows(rows, trans, [{ id: RESET_ROW_ID, notes: '', person: null }], seq);
      return res;
    }
    const res = await contacts.mutate(req);
    if (req.type === 'delete') {
      const ids = req.keys.filter((_, i) => !failed(res, i)).map(String);
      await putRows(
        rows,
        trans,
        ids.map((id) => ({ id, notes: '', person: null })),
      );
      return res;
    }
    const written = (req.values as Contact[]).filter((_, i) => !failed(res, i));
    const before = await existingRows(
      rows,
      trans,
      written.map((c) => c.id),
    );
    await putRows(
      rows,
      trans,
      written.map((c) => ({ id: c.id, notes: before.get(c.id)?.notes ?? '', person: summarize(c) })),
    );
    return res;
  };
}

function notesMutation(down: DBCore) {
  return async (req: DBCoreMutateRequest): Promise<DBCoreMutateResponse> => {
    const notes = down.table('notes');
    if (!indexing(req.trans)) return notes.mutate(req);
    const rows = down.table(SEARCH_ROWS);
    const { trans } = req;
    // Who had a note before the write (a note moved by a merge leaves its old person too).
    const touched = new Set<string>();
    if (req.type === 'put' || req.type === 'delete') {
      const ids = req.type === 'put' ? (req.values as Note[]).map((n) => n.id) : req.keys;
      for (const old of (await notes.getMany({ trans, keys: ids })) as (Note | undefined)[])
        if (old) touched.add(old.contactId);
    } else if (req.type === 'deleteRange') {
      const { result } = await notes.query({
        trans,
        values: true,
        query: { index: notes.schema.primaryKey, range: req.range },
      });
      for (const old of result as Note[]) touched.add(old.contactId);
    }
    const res = await notes.mutate(req);
    const before = new Map<string, SearchRow>();
    const next = new Map<string, Omit<SearchRow, 'seq'>>();
    if (req.type === 'add') {
      // New notes only add text: append it, without reading the person's other notes again.
      const added = (req.values as Note[]).filter((_, i) => !failed(res, i));
      for (const [id, row] of await existingRows(rows, trans, [...new Set(added.map((n) => n.contactId))]))
        before.set(id, row);
      for (const note of added) {
        const row = next.get(note.contactId) ??
          before.get(note.contactId) ?? { id: note.contactId, notes: '', person: null };
        const body = foldText(note.body);
        next.set(note.contactId, {
          id: row.id,
          person: row.person,
          notes: row.notes ? `${row.notes}${SEP}${body}` : body,
        });
      }
    } else {
      if (req.type === 'put')
        for (const [i, note] of (req.values as Note[]).entries()) if (!failed(res, i)) touched.add(note.contactId);
      const existing = await existingRows(rows, trans, [...touched]);
      const byContact = notes.schema.getIndexByKeyPath('contactId');
      if (!byContact) throw new Error('notes has no contactId index');
      for (const id of touched) {
        const row = existing.get(id);
        // Deleting the notes of someone with no row (already deleted) has nothing to say to readers.
        if (!row && req.type !== 'put') continue;
        const { result } = await notes.query({ trans, values: true, query: { index: byContact, range: equal(id) } });
        next.set(id, { id, person: row?.person ?? null, notes: foldNotes((result as Note[]).map((n) => n.body)) });
      }
    }
    await putRows(rows, trans, [...next.values()]);
    return res;
  };
}

export const searchIndexMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'SearchIndex',
  create(down) {
    if (!down.schema.tables.some((t) => t.name === SEARCH_ROWS)) return {};
    const mutations: Record<string, (req: DBCoreMutateRequest) => Promise<DBCoreMutateResponse>> = {
      contacts: contactsMutation(down),
      notes: notesMutation(down),
    };
    return {
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' &&
          (stores.includes('contacts') || stores.includes('notes')) &&
          !stores.includes(SEARCH_ROWS)
            ? [...new Set([...stores, 'contacts', 'notes', SEARCH_ROWS])]
            : stores;
        return down.transaction(widened, mode, options);
      },
      table(name) {
        const table = down.table(name);
        const mutate = mutations[name];
        return mutate ? { ...table, mutate } : table;
      },
    };
  },
};
