import type { TsunagariDB } from './database';
import type { Contact } from '../model/contact';
import type { Note } from '../model/note';
import type { Interaction } from '../model/interaction';
import type { CaptureRecord } from '../model/capture';
import type { DuplicateReview } from '../model/duplicate-review';
import { sanitizeFields } from '../model/sanitize';
import { LIMITS, cleanLine, cleanText, safeUrl } from '../model/text';
import { finalizeContact } from './finalize';

/** Every table of the database, as plain rows: the content of a backup. */
export interface AllTables {
  contacts: Contact[];
  notes: Note[];
  interactions: Interaction[];
  captures: CaptureRecord[];
  /**
   * Possible duplicates and the "kept apart" decisions. Absent in backups written before they were backed up
   * (see replaceAllTables for what a restore of such a file does with the ones stored).
   */
  duplicateReviews?: DuplicateReview[];
}

/** Reads every table in one read transaction, so a backup never mixes states from before and after a write. */
export function readAllTables(db: TsunagariDB): Promise<Required<AllTables>> {
  return db.transaction('r', [db.contacts, db.notes, db.interactions, db.captures, db.duplicateReviews], async () => {
    const [contacts, notes, interactions, captures, duplicateReviews] = await Promise.all([
      db.contacts.toArray(),
      db.notes.toArray(),
      db.interactions.toArray(),
      db.captures.toArray(),
      db.duplicateReviews.toArray(),
    ]);
    return { contacts, notes, interactions, captures, duplicateReviews };
  });
}

/** Ids are cleaned the one way contact-clean cleans a person's id, so a note still points at its person. */
function cleanId(id: unknown): string {
  return cleanLine(id, 100);
}

function finite(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

/**
 * Every row of a backup through the rules every other write uses (docs/ARCHITECTURE.md, "The write path"): a
 * person through finalizeContact (contact-clean's caps, text and link rules, `dueAt` derived), a note's body as
 * addNote cleans it, an interaction's note as logInteraction does, a capture's address and fields as saveCapture
 * does. A file edited by hand, or written by an older build, is cleaned, never stored as given. Idempotent: what
 * the app wrote comes back unchanged.
 */
export function cleanAllTables(tables: AllTables): AllTables {
  const out: AllTables = {
    contacts: tables.contacts.map((c) => finalizeContact(c)),
    notes: tables.notes.map((n) => ({
      id: cleanId(n.id),
      contactId: cleanId(n.contactId),
      body: cleanText(n.body, LIMITS.note),
      createdAt: finite(n.createdAt),
      updatedAt: finite(n.updatedAt),
    })),
    interactions: tables.interactions.map((i) => ({
      id: cleanId(i.id),
      contactId: cleanId(i.contactId),
      kind: i.kind,
      at: finite(i.at),
      note: cleanText(i.note, LIMITS.long),
    })),
    captures: tables.captures.map((c) => ({
      id: cleanId(c.id),
      contactId: cleanId(c.contactId),
      at: finite(c.at),
      source: c.source,
      url: safeUrl(c.url),
      fields: sanitizeFields(c.fields),
    })),
  };
  if (tables.duplicateReviews) {
    out.duplicateReviews = tables.duplicateReviews.map((r) => ({
      ...r,
      id: cleanId(r.id),
      contactId: cleanId(r.contactId),
      otherId: cleanId(r.otherId),
      createdAt: finite(r.createdAt),
      decidedAt: r.decidedAt === null ? null : finite(r.decidedAt),
    }));
  }
  return out;
}

/**
 * Wipes every table and writes the given rows, cleaned (cleanAllTables), in one transaction: if anything fails
 * (a quota, a stopped worker), the database is left exactly as it was, never half restored.
 *
 * Without `duplicateReviews` (a backup from before they were backed up) the stored reviews between two people
 * who are both in the backup are kept: they are decisions about those very ids ("kept apart" must not be asked
 * again), and wiping them would silently lose what the user decided. Reviews naming anyone else go with them.
 */
export async function replaceAllTables(db: TsunagariDB, tables: AllTables): Promise<void> {
  const clean = cleanAllTables(tables);
  await db.transaction('rw', [db.contacts, db.notes, db.interactions, db.captures, db.duplicateReviews], async () => {
    let reviews = clean.duplicateReviews;
    if (!reviews) {
      const ids = new Set(clean.contacts.map((c) => c.id));
      reviews = (await db.duplicateReviews.toArray()).filter((r) => ids.has(r.contactId) && ids.has(r.otherId));
    }
    await Promise.all([
      db.contacts.clear(),
      db.notes.clear(),
      db.interactions.clear(),
      db.captures.clear(),
      db.duplicateReviews.clear(),
    ]);
    await db.contacts.bulkAdd(clean.contacts);
    await db.notes.bulkAdd(clean.notes);
    await db.interactions.bulkAdd(clean.interactions);
    await db.captures.bulkAdd(clean.captures);
    await db.duplicateReviews.bulkAdd(reviews);
  });
}
