import { TsunagariDB } from '../../utils/db/database';
import { importConnectionsCsv } from '../../utils/io/import-run';
import type { Contact } from '../../utils/model/contact';
import { generateConnectionsCsv } from '../data/connections-csv';
import { benchNow } from './seed';
import { median } from './stats';

const IMPORT_DB = 'tsunagari-bench-import';

async function freshDb(): Promise<TsunagariDB> {
  const db = new TsunagariDB(IMPORT_DB);
  await db.delete();
  const fresh = new TsunagariDB(IMPORT_DB);
  await fresh.open();
  return fresh;
}

/** The floor any importer sits on: the same rows put in one native IndexedDB transaction, no parsing, no lookups. */
async function rawBulkInsert(rows: readonly Contact[]): Promise<number> {
  (await freshDb()).close();
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    const open = indexedDB.open(IMPORT_DB);
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  const start = performance.now();
  await new Promise<void>((resolve, reject) => {
    const tx = idb.transaction('contacts', 'readwrite');
    const store = tx.objectStore('contacts');
    for (const row of rows) store.put(row);
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
  const ms = performance.now() - start;
  idb.close();
  return ms;
}

export interface ImportFigures {
  figure: number;
  baseline: number;
  samples: { figure: number[]; baseline: number[] };
  created: number;
}

/**
 * Importing an N-row Connections.csv into an empty database (parse, dedupe, write in chunks) against a raw
 * bulk insert of exactly the rows the import wrote. Runs alternate, so drift on a shared machine hits both.
 */
export async function importVsRaw(size: number, runs: number): Promise<ImportFigures> {
  const text = generateConnectionsCsv(size, benchNow());
  const figure: number[] = [];
  const baseline: number[] = [];
  let created = 0;
  for (let run = 0; run < runs; run += 1) {
    const db = await freshDb();
    const start = performance.now();
    const counts = await importConnectionsCsv(db, text, { cadence: { defaultCadenceDays: 90, tagCadences: {} } });
    figure.push(performance.now() - start);
    if (counts.created !== size) throw new Error(`import of ${size} rows created ${counts.created} people`);
    created = counts.created;
    const rows = await db.contacts.toArray();
    db.close();
    baseline.push(await rawBulkInsert(rows));
  }
  await new TsunagariDB(IMPORT_DB).delete();
  return { figure: median(figure), baseline: median(baseline), samples: { figure, baseline }, created };
}
