import { z } from '../model/zod';
import { ContactSchema, PROFILE_KINDS } from '../model/contact';
import { NoteSchema } from '../model/note';
import { InteractionSchema } from '../model/interaction';
import { CaptureRecordSchema } from '../model/capture';
import { SettingsSchema, type Settings } from '../model/settings';
import type { TsunagariDB } from '../db/database';
import { DuplicateReviewSchema } from '../model/duplicate-review';
import { cleanAllTables, readAllTables, replaceAllTables, type AllTables } from '../db/backup-tables';
import { CURRENT_SCHEMA_VERSION, upgradeTables, type LooseTables } from './backup-upgrades';

export const BACKUP_FORMAT = 'tsunagari-backup';
/** The version of the file's own layout (the envelope), independent of the database schema inside it. */
export const BACKUP_FORMAT_VERSION = 1;

export interface Backup {
  format: typeof BACKUP_FORMAT;
  version: number;
  schemaVersion: number;
  exportedAt: number;
  tables: AllTables;
  settings?: Settings;
}

/** A backup of every table, read in one transaction. Settings are passed in (they live in storage.local). */
export async function createBackup(
  db: TsunagariDB,
  options: { settings?: Settings; now?: number } = {},
): Promise<Backup> {
  const tables = await readAllTables(db);
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: options.now ?? Date.now(),
    tables,
  };
  if (options.settings) backup.settings = options.settings;
  return backup;
}

export function backupToJson(backup: Backup): string {
  return JSON.stringify(backup, null, 1);
}

const Rows = z.array(z.record(z.string(), z.unknown()));

const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  schemaVersion: z.number().int().min(0),
  exportedAt: z.number(),
  // Optional here so that a missing table is refused by name (requireTables), never read as an empty one.
  tables: z.object({
    contacts: Rows,
    notes: Rows.optional(),
    interactions: Rows.optional(),
    captures: Rows.optional(),
    duplicateReviews: Rows.optional(),
  }),
  settings: z.unknown().optional(),
});

/**
 * The rows' types, without the length caps: a backup written before a cap existed (a profile address over
 * 2,048 characters, a capture's long "about") is cleaned to today's caps by the restore, not refused whole.
 */
const LooseFieldsSchema = z.object({
  name: z.string().optional(),
  headline: z.string().optional(),
  company: z.string().optional(),
  title: z.string().optional(),
  location: z.string().optional(),
  avatarUrl: z.string().optional(),
  about: z.string().optional(),
  emails: z.array(z.string()).optional(),
  phones: z.array(z.string()).optional(),
  websites: z.array(z.string()).optional(),
  birthday: z.string().optional(),
});
const LooseTablesSchema = z.object({
  contacts: z.array(
    ContactSchema.extend({ profiles: z.array(z.object({ kind: z.enum(PROFILE_KINDS), url: z.string() })) }),
  ),
  notes: z.array(NoteSchema),
  interactions: z.array(InteractionSchema),
  captures: z.array(CaptureRecordSchema.extend({ fields: LooseFieldsSchema })),
  duplicateReviews: z.array(DuplicateReviewSchema).optional(),
});

/** What a restore writes: every row cleaned, then checked against the data model with its caps. */
const TablesSchema = z.object({
  contacts: z.array(ContactSchema),
  notes: z.array(NoteSchema),
  interactions: z.array(InteractionSchema),
  captures: z.array(CaptureRecordSchema),
  duplicateReviews: z.array(DuplicateReviewSchema).optional(),
});

/**
 * The tables each schema version had. A table the backup's own schema had but the file lacks is refused by
 * name: reading it as empty would wipe that table on restore (a hand-trimmed file without `notes` once deleted
 * every note). A table newer than the file's schema is empty by definition (schema 0 had no captures).
 * `duplicateReviews` is optional at every version: builds of schema 2 wrote backups without it, and the restore
 * keeps the stored reviews of the people in the file (utils/db/backup-tables.ts, replaceAllTables).
 */
function requireTables(tables: z.infer<typeof EnvelopeSchema>['tables'], schemaVersion: number): LooseTables {
  const required =
    schemaVersion === 0 ? (['notes', 'interactions'] as const) : (['notes', 'interactions', 'captures'] as const);
  for (const name of required) {
    if (!tables[name])
      throw new BackupError('missing-table', `The backup has no "${name}" table; nothing was restored.`);
  }
  const out: LooseTables = {
    contacts: tables.contacts,
    notes: tables.notes ?? [],
    interactions: tables.interactions ?? [],
    captures: tables.captures ?? [],
  };
  if (tables.duplicateReviews) out.duplicateReviews = tables.duplicateReviews;
  return out;
}

export class BackupError extends Error {
  constructor(
    readonly code:
      | 'not-json'
      | 'not-a-backup'
      | 'newer-format'
      | 'newer-schema'
      | 'invalid-rows'
      | 'duplicate-ids'
      | 'missing-table',
    message: string,
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

function firstIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  return issue ? `${issue.path.join('.')}: ${issue.message}` : error.message;
}

/**
 * Reads a backup file: checks the envelope, runs the schema upgrades for an older backup, then checks every
 * row against the data model. Throws a BackupError that says what is wrong; never returns a partial backup.
 */
export function parseBackup(json: string): Backup {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (error) {
    throw new BackupError('not-json', `Not JSON: ${(error as Error).message}`);
  }
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new BackupError('not-a-backup', firstIssue(envelope.error));
  const { version, schemaVersion, exportedAt } = envelope.data;
  if (version > BACKUP_FORMAT_VERSION)
    throw new BackupError('newer-format', `Backup format ${version} is newer than this version.`);
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupError('newer-schema', `Backup schema ${schemaVersion} is newer than ${CURRENT_SCHEMA_VERSION}.`);
  }
  const upgraded = upgradeTables(requireTables(envelope.data.tables, schemaVersion), schemaVersion);
  const loose = LooseTablesSchema.safeParse(upgraded);
  if (!loose.success) throw new BackupError('invalid-rows', firstIssue(loose.error));
  // The same rules as every other write (utils/db/backup-tables.ts): javascript: links, bidi overrides, NUL and
  // oversized text are cleaned before anything is checked or written.
  const tables = TablesSchema.safeParse(cleanAllTables(loose.data as AllTables));
  if (!tables.success) throw new BackupError('invalid-rows', firstIssue(tables.error));
  for (const [name, rows] of Object.entries(tables.data) as Array<[string, Array<{ id: string }> | undefined]>) {
    if (!rows) continue;
    const ids = new Set<string>();
    for (const row of rows) {
      if (ids.has(row.id)) throw new BackupError('duplicate-ids', `${name}: id ${row.id} appears twice.`);
      ids.add(row.id);
    }
  }
  const backup: Backup = {
    format: BACKUP_FORMAT,
    version,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt,
    tables: tables.data,
  };
  const settings = SettingsSchema.safeParse(envelope.data.settings);
  if (settings.success) backup.settings = settings.data;
  return backup;
}

/**
 * Replaces everything in the database with the backup, in one transaction (all or nothing). Every row goes through
 * the write path's cleaning rules again inside replaceAllTables, so a Backup built in code is held to them too.
 */
export async function restoreBackup(db: TsunagariDB, backup: Backup): Promise<void> {
  await replaceAllTables(db, backup.tables);
}
