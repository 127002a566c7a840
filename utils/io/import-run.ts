import type { TsunagariDB } from '../db/database';
import { applyIncomingBatch, previewIncomingBatch, type ApplyResult } from '../db/write-path';
import { classifyDbError } from '../db/errors';
import { cadenceOf, collapseDuplicates, incomingFromRecord, type CadencePolicy } from './merge';
import { parseLinkedInConnections } from './linkedin-csv';
import type { ImportRecord, ParseResult, RowError } from './types';

export interface ImportCounts {
  /** People in the file after folding duplicate rows. */
  total: number;
  /** People handled so far (all of them unless cancelled). */
  done: number;
  created: number;
  updated: number;
  /** Already saved with nothing new in the file: left untouched. */
  unchanged: number;
  /** Rows that could not be read (listed with their reasons in the parse result), plus rows the write refused. */
  bad: number;
  /** Rows folded into an earlier row for the same person. */
  duplicates: number;
  /** New people who share a name or an address with someone saved: added, and listed for review. */
  possibleDuplicates: number;
  cancelled: boolean;
}

export interface ImportOptions {
  cadence: CadencePolicy;
  signal?: AbortSignal;
  onProgress?: (counts: ImportCounts) => void;
  /** People per transaction. Larger is faster; each chunk is all or nothing. */
  chunkSize?: number;
  now?: number;
  /**
   * When the file's data was seen (its modification time): a value from an older file never replaces one seen
   * later (utils/model/field-rule.ts). Defaults to `now`.
   */
  seenAt?: number;
  /** Rows the write path refused are added here (row number and reason), next to the parser's bad rows. */
  onRowError?: (error: RowError) => void;
}

export const DEFAULT_CHUNK_SIZE = 2_000;

/**
 * An import that stopped on a storage failure (a full disk, a closed database). The chunks before the failing
 * one are written; `counts` says exactly how many people that is. Importing the same file again resumes.
 */
export class ImportInterruptedError extends Error {
  constructor(
    readonly counts: ImportCounts,
    override readonly cause: unknown,
  ) {
    super(
      `The import stopped after ${counts.created + counts.updated} people were saved: ${cause instanceof Error ? cause.message : String(cause)}`,
    );
    this.name = 'ImportInterruptedError';
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** Adds one chunk's outcome to the counts: each person counted once, however many rows named them. */
function tally(
  counts: Pick<ImportCounts, 'created' | 'updated' | 'unchanged' | 'bad' | 'possibleDuplicates'>,
  chunk: readonly ImportRecord[],
  results: readonly ApplyResult[],
  onRowError?: (e: RowError) => void,
): void {
  const created = new Set<string>();
  const updated = new Set<string>();
  const unchanged = new Set<string>();
  results.forEach((r, i) => {
    if (r.status === 'skipped') {
      counts.bad++;
      onRowError?.({ row: chunk[i]?.row ?? 0, reason: 'malformed-row', detail: (r.error ?? '').slice(0, 200) });
    } else if (r.status === 'created') {
      created.add(r.contactId);
      if (r.possibleDuplicateOf) counts.possibleDuplicates++;
    } else if (r.status === 'updated') updated.add(r.contactId);
    else unchanged.add(r.contactId);
  });
  for (const id of created) updated.delete(id);
  for (const id of [...created, ...updated]) unchanged.delete(id);
  counts.created += created.size;
  counts.updated += updated.size;
  counts.unchanged += unchanged.size;
}

/** The disk or the database gave out: nothing more can be written, so the import stops and says how far it got. */
function isStorageFailure(error: unknown): boolean {
  const kind = classifyDbError(error);
  return kind === 'quota' || kind === 'closed' || kind === 'blocked';
}

/**
 * A chunk's transaction failed for another reason than storage (one row held a value the database cannot keep):
 * the chunk is written again one row per transaction, so that row is reported and skipped and the others are kept.
 * A storage failure on the way stops the import with the counts of exactly what was written.
 */
async function writeRowByRow(
  db: TsunagariDB,
  chunk: readonly ImportRecord[],
  write: Parameters<typeof applyIncomingBatch>[2],
  counts: ImportCounts,
  onRowError?: (e: RowError) => void,
): Promise<ApplyResult[]> {
  const results: ApplyResult[] = [];
  for (const [i, record] of chunk.entries()) {
    try {
      results.push(...(await applyIncomingBatch(db, [incomingFromRecord(record)], write)));
    } catch (error) {
      if (isStorageFailure(error)) {
        counts.done += i;
        tally(counts, chunk.slice(0, i), results, onRowError);
        throw new ImportInterruptedError({ ...counts }, error);
      }
      results.push({
        status: 'skipped',
        contactId: '',
        jobChanged: false,
        error: error instanceof Error ? `${error.name}: ${error.message}` : String(error),
      });
    }
  }
  return results;
}

/**
 * Writes parsed records through the write path: known people updated under the field rule, new people added,
 * namesakes added and listed as possible duplicates; one transaction per chunk. A row the write path refuses
 * is counted as bad and skipped, and so is a row the database refuses (writeRowByRow): one bad row is never fatal. Cancelling stops before the next chunk (chunks already written stay).
 * Resuming needs no checkpoint: the import is idempotent, so running the same file again skips what was written
 * and adds the rest. A storage failure throws ImportInterruptedError with the counts of what was saved.
 */
export async function importRecords(
  db: TsunagariDB,
  parsed: ParseResult,
  options: ImportOptions,
): Promise<ImportCounts> {
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
    possibleDuplicates: 0,
    cancelled: false,
  };
  const cadenceDays = cadenceOf(options.cadence);
  options.onProgress?.({ ...counts });
  for (const chunk of chunks(records, options.chunkSize ?? DEFAULT_CHUNK_SIZE)) {
    if (options.signal?.aborted) {
      counts.cancelled = true;
      break;
    }
    const write = { source: 'import', now, seenAt: options.seenAt ?? now, cadenceDays } as const;
    let results: ApplyResult[];
    try {
      results = await applyIncomingBatch(db, chunk.map(incomingFromRecord), write);
    } catch (error) {
      if (isStorageFailure(error)) throw new ImportInterruptedError({ ...counts }, error);
      results = await writeRowByRow(db, chunk, write, counts, options.onRowError);
    }
    counts.done += chunk.length;
    tally(counts, chunk, results, options.onRowError);
    options.onProgress?.({ ...counts });
  }
  return counts;
}

export type ImportPreview = Omit<ImportCounts, 'done' | 'cancelled'>;

/** What an import would do, without writing: the counts the user sees before pressing Import. */
export async function previewImport(
  db: TsunagariDB,
  parsed: ParseResult,
  options: Pick<ImportOptions, 'cadence' | 'chunkSize' | 'signal' | 'seenAt'>,
): Promise<ImportPreview> {
  const now = Date.now();
  const { records, duplicates } = collapseDuplicates(parsed.records);
  const preview: ImportPreview = {
    total: records.length,
    created: 0,
    updated: 0,
    unchanged: 0,
    bad: parsed.errors.length,
    duplicates,
    possibleDuplicates: 0,
  };
  const cadenceDays = cadenceOf(options.cadence);
  for (const chunk of chunks(records, options.chunkSize ?? DEFAULT_CHUNK_SIZE)) {
    options.signal?.throwIfAborted();
    const results = await previewIncomingBatch(db, chunk.map(incomingFromRecord), {
      source: 'import',
      now,
      seenAt: options.seenAt ?? now,
      cadenceDays,
    });
    tally(preview, chunk, results);
  }
  return preview;
}

/** LinkedIn's Connections.csv, parsed, deduplicated and written: the path the benchmark measures. */
export function importConnectionsCsv(db: TsunagariDB, text: string, options: ImportOptions): Promise<ImportCounts> {
  return importRecords(db, parseLinkedInConnections(text), options);
}
