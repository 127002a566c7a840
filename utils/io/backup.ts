import { z } from '../model/zod';
import { ContactSchema } from '../model/contact';
import { NoteSchema } from '../model/note';
import { InteractionSchema } from '../model/interaction';
import { CaptureRecordSchema } from '../model/capture';
import { SettingsSchema, type Settings } from '../model/settings';
import type { TsunagariDB } from '../db/database';
import { readAllTables, replaceAllTables, type AllTables } from '../db/backup-tables';
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
export async function createBackup(db: TsunagariDB, options: { settings?: Settings; now?: number } = {}): Promise<Backup> {
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

const EnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number().int().min(1),
  schemaVersion: z.number().int().min(0),
  exportedAt: z.number(),
  tables: z.object({
    contacts: z.array(z.record(z.string(), z.unknown())),
    notes: z.array(z.record(z.string(), z.unknown())).default([]),
    interactions: z.array(z.record(z.string(), z.unknown())).default([]),
    captures: z.array(z.record(z.string(), z.unknown())).default([]),
  }),
  settings: z.unknown().optional(),
});

const TablesSchema = z.object({
  contacts: z.array(ContactSchema),
  notes: z.array(NoteSchema),
  interactions: z.array(InteractionSchema),
  captures: z.array(CaptureRecordSchema),
});

export class BackupError extends Error {
  constructor(
    readonly code: 'not-json' | 'not-a-backup' | 'newer-format' | 'newer-schema' | 'invalid-rows' | 'duplicate-ids',
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
  if (version > BACKUP_FORMAT_VERSION) throw new BackupError('newer-format', `Backup format ${version} is newer than this version.`);
  if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    throw new BackupError('newer-schema', `Backup schema ${schemaVersion} is newer than ${CURRENT_SCHEMA_VERSION}.`);
  }
  const upgraded = upgradeTables(envelope.data.tables as LooseTables, schemaVersion);
  const tables = TablesSchema.safeParse(upgraded);
  if (!tables.success) throw new BackupError('invalid-rows', firstIssue(tables.error));
  for (const [name, rows] of Object.entries(tables.data) as Array<[string, Array<{ id: string }>]>) {
    const ids = new Set<string>();
    for (const row of rows) {
      if (ids.has(row.id)) throw new BackupError('duplicate-ids', `${name}: id ${row.id} appears twice.`);
      ids.add(row.id);
    }
  }
  const backup: Backup = { format: BACKUP_FORMAT, version, schemaVersion: CURRENT_SCHEMA_VERSION, exportedAt, tables: tables.data };
  const settings = SettingsSchema.safeParse(envelope.data.settings);
  if (settings.success) backup.settings = settings.data;
  return backup;
}

/** Replaces everything in the database with the backup, in one transaction (all or nothing). */
export async function restoreBackup(db: TsunagariDB, backup: Backup): Promise<void> {
  await replaceAllTables(db, backup.tables);
}

