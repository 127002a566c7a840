import { computeDueAt } from '../cadence/due';
import { linkedinKey, webKey } from '../model/keys';
import { stampFilledFields } from '../model/field-rule';
import type { Contact } from '../model/contact';

/**
 * The database schema a backup of today is written with. It follows `this.version(n)` in
 * utils/db/database.ts; a unit test keeps the two equal, so a new schema version cannot ship without
 * a backup upgrade step below.
 */
export const CURRENT_SCHEMA_VERSION = 4;

/** Rows as they come out of JSON, before the upgrades and before zod checks them. */
export type LooseRow = Record<string, unknown>;
export interface LooseTables {
  contacts: LooseRow[];
  notes: LooseRow[];
  interactions: LooseRow[];
  captures: LooseRow[];
  duplicateReviews?: LooseRow[];
}

export interface BackupUpgrade {
  from: number;
  to: number;
  /** What changed in the data between the two versions, and so what the step does. */
  why: string;
  run(tables: LooseTables): LooseTables;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * Schema 0 is the shape of the data before the first release (the prototype of the walking skeleton): a
 * contact had profile links but no canonical `profileKeys`, none of the keep-in-touch bookkeeping (`dueAt`,
 * `snoozedUntil`, `archivedAt`, `jobChange`, `fieldSeenAt`), and a note had no `updatedAt`. No released build
 * wrote it; the step exists so that the chain of upgrades is exercised by a test from the start, and it also
 * accepts hand-made backups that leave those fields out.
 */
function upgrade0to1(tables: LooseTables): LooseTables {
  const contacts = tables.contacts.map((row) => {
    const profiles = asArray(row.profiles).filter(
      (p): p is { kind: string; url: string } =>
        typeof p === 'object' && p !== null && typeof (p as LooseRow).url === 'string',
    );
    const profileKeys = Array.isArray(row.profileKeys)
      ? row.profileKeys
      : profiles
          .map((p) => (p.kind === 'linkedin' ? linkedinKey(p.url) : webKey(p.url)))
          .filter((k): k is string => k !== null);
    const createdAt = typeof row.createdAt === 'number' ? row.createdAt : 0;
    const met = typeof row.met === 'object' && row.met !== null ? (row.met as LooseRow) : {};
    const next: LooseRow = {
      headline: '',
      company: '',
      title: '',
      location: '',
      avatarUrl: '',
      about: '',
      emails: [],
      phones: [],
      websites: [],
      tags: [],
      topics: [],
      cadenceDays: null,
      lastInteractionAt: null,
      snoozedUntil: null,
      jobChange: null,
      fieldSeenAt: {},
      updatedAt: createdAt,
      archivedAt: null,
      ...row,
      profiles,
      profileKeys,
      met: {
        context: met.context ?? null,
        place: str(met.place),
        date: typeof met.date === 'number' ? met.date : null,
        introducedBy: str(met.introducedBy),
      },
    };
    next.dueAt = computeDueAt(next as unknown as Parameters<typeof computeDueAt>[0]);
    return next;
  });
  const notes = tables.notes.map((row) => ({ updatedAt: row.createdAt, ...row }));
  return { ...tables, contacts, notes };
}

/**
 * Schema 1 → 2: schema 1 stamped only captured fields with a time, so a typed field had none and any file could
 * replace it. Every filled field without a time gets the row's `updatedAt`, as the database upgrade does.
 */
function upgrade1to2(tables: LooseTables): LooseTables {
  const contacts = tables.contacts.map((row) => {
    if (typeof row.updatedAt !== 'number' || typeof row.fieldSeenAt !== 'object' || row.fieldSeenAt === null)
      return row;
    return stampFilledFields(row as unknown as Contact) as unknown as LooseRow;
  });
  return { ...tables, contacts };
}

/** Every step, in order. A new schema version adds its step here and a fixture under tests/fixtures/import. */
export const BACKUP_UPGRADES: readonly BackupUpgrade[] = [
  {
    from: 0,
    to: 1,
    why: 'canonical profile keys and the keep-in-touch fields (dueAt, snooze, archive, job change) were added',
    run: upgrade0to1,
  },
  {
    from: 1,
    to: 2,
    why: 'every filled field carries the time it was seen (fieldSeenAt), so older data never overwrites newer',
    run: upgrade1to2,
  },
  {
    from: 2,
    to: 3,
    why: "database version 3 added the sync tables, which backups do not carry (they describe one device's link to a server): the rows are unchanged",
    run: (tables) => tables,
  },
  {
    from: 3,
    to: 4,
    why: 'database version 4 added the search index, which is built from people and notes and never backed up: the rows are unchanged',
    run: (tables) => tables,
  },
];

/** Runs the steps from `schemaVersion` up to the current one. */
export function upgradeTables(tables: LooseTables, schemaVersion: number): LooseTables {
  let version = schemaVersion;
  let current = tables;
  while (version < CURRENT_SCHEMA_VERSION) {
    const step = BACKUP_UPGRADES.find((s) => s.from === version);
    if (!step) throw new Error(`No upgrade from schema version ${version}.`);
    current = step.run(current);
    version = step.to;
  }
  return current;
}
