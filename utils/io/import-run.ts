import type { TsunagariDB } from '../db/database';
import { readContactsForImport, writeImportChunk, type ContactLookup } from '../db/import-writes';
import { collapseDuplicates, planChunk, type CadencePolicy } from './merge';
import { parseLinkedInConnections } from './linkedin-csv';
import type { ImportRecord, ParseResult } from './types';

export interface ImportCounts {
  /** People in the file after folding duplicate rows. */
  total: number;
  /** People handled so far (all of them unless cancelled). */
  done: number;
  created: number;
  updated: number;
  /** Already saved with nothing new in the file: left untouched. */
  unchanged: number;
  /** Rows that could not be read (listed with their reasons in the parse result). */
  bad: number;
  /** Rows folded into an earlier row for the same person. */
  duplicates: number;
  cancelled: boolean;
}

export interface ImportOptions {
  cadence: CadencePolicy;
  signal?: AbortSignal;
  onProgress?: (counts: ImportCounts) => void;
  /** People per transaction. Larger is faster; each chunk is all or nothing. */
  chunkSize?: number;
  now?: number;
}

export const DEFAULT_CHUNK_SIZE = 2_000;

function lookupOf(records: readonly ImportRecord[]): ContactLookup {
  const profileKeys = new Set<string>();
  const emails = new Set<string>();
  const names = new Set<string>();
  for (const record of records) {
    for (const key of record.profileKeys) profileKeys.add(key);
    for (const email of record.emails) emails.add(email);
    if (!record.profileKeys.length && !record.emails.length) names.add(record.name);
  }
  return { profileKeys: [...profileKeys], emails: [...emails], names: [...names] };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * Writes parsed records: known people updated, new people added, one transaction per chunk.
 * Cancelling stops before the next chunk (chunks already written stay). Resuming needs no checkpoint:
 * the import is idempotent, so running the same file again skips what was written and adds the rest.
 */
export async function importRecords(db: TsunagariDB, parsed: ParseResult, options: ImportOptions): Promise<ImportCounts> {
  const now = options.now ?? Date.now();
  const { records, duplicates } = collapseDuplicates(parsed.records);
  const counts: ImportCounts = {
    total: records.length,
    done: 0,
    created: 0,
    updated: 0,
    unchanged: 0,
    bad: parsed.errors.length,
    duplicates,
    cancelled: false,
  };
  options.onProgress?.({ ...counts });
  for (const chunk of chunks(records, options.chunkSize ?? DEFAULT_CHUNK_SIZE)) {
    if (options.signal?.aborted) {
      counts.cancelled = true;
      break;
    }
    const plan = await writeImportChunk(db, lookupOf(chunk), (existing) => {
      const result = planChunk(chunk, existing, options.cadence, now);
      return { writes: result.writes, result };
    });
    counts.done += chunk.length;
    counts.created += plan.created;
    counts.updated += plan.updated;
    counts.unchanged += plan.unchanged;
    options.onProgress?.({ ...counts });
  }
  return counts;
}

export type ImportPreview = Omit<ImportCounts, 'done' | 'cancelled'>;

/** What an import would do, without writing: the counts the user sees before pressing Import. */
export async function previewImport(
  db: TsunagariDB,
  parsed: ParseResult,
  options: Pick<ImportOptions, 'cadence' | 'chunkSize' | 'signal'>,
): Promise<ImportPreview> {
  const now = Date.now();
  const { records, duplicates } = collapseDuplicates(parsed.records);
  const preview: ImportPreview = { total: records.length, created: 0, updated: 0, unchanged: 0, bad: parsed.errors.length, duplicates };
  for (const chunk of chunks(records, options.chunkSize ?? DEFAULT_CHUNK_SIZE)) {
    options.signal?.throwIfAborted();
    const plan = planChunk(chunk, await readContactsForImport(db, lookupOf(chunk)), options.cadence, now);
    preview.created += plan.created;
    preview.updated += plan.updated;
    preview.unchanged += plan.unchanged;
  }
  return preview;
}

/** LinkedIn's Connections.csv, parsed, deduplicated and written: the path the benchmark measures. */
export function importConnectionsCsv(db: TsunagariDB, text: string, options: ImportOptions): Promise<ImportCounts> {
  return importRecords(db, parseLinkedInConnections(text), options);
}
