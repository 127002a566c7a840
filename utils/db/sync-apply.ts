import type { TsunagariDB } from './database';
import type { IncomingPerson } from '../model/incoming';
import { NoteSchema, type Note } from '../model/note';
import { InteractionSchema, type Interaction } from '../model/interaction';
import type { SyncState } from '../model/sync-state';
import { LIMITS, cleanText } from '../model/text';
import { computeDueAt } from '../cadence/due';
import { applyIncomingBatch, type ApplyResult } from './write-path';

/** One card's worth of changes from the address book, decided by the sync engine (utils/sync/engine-pull.ts). */
export interface SyncedPerson {
  incoming: IncomingPerson | null;
  notesPut: Note[];
  notesDelete: string[];
  interactionsPut: Interaction[];
  interactionsDelete: string[];
  /** The card's new bookkeeping; its contactId is replaced by the id the write path settled on. */
  state: SyncState | null;
  /** The person the card belongs to (the card's UID). */
  contactId: string;
}

function cleanNote(note: Note, contactId: string): Note | null {
  const parsed = NoteSchema.safeParse({ ...note, contactId, body: cleanText(note.body, LIMITS.note) });
  return parsed.success && parsed.data.body ? parsed.data : null;
}

function cleanInteraction(row: Interaction, contactId: string): Interaction | null {
  const parsed = InteractionSchema.safeParse({ ...row, contactId, note: cleanText(row.note, LIMITS.long) });
  return parsed.success ? parsed.data : null;
}

/**
 * Applies a batch of synced cards in one transaction: people through the one write path (source 'sync', same id
 * = same person), notes and interactions by id, and the cards' sync state — so a worker stopped between batches
 * resumes from a consistent point and never applies half a card.
 */
export function applySynced(db: TsunagariDB, items: readonly SyncedPerson[], now: number): Promise<ApplyResult[]> {
  const tables = [db.contacts, db.duplicateReviews, db.captures, db.notes, db.interactions, db.syncState, db.syncDirty];
  return db.transaction('rw', tables, async () => {
    const withPerson = items.filter((i) => i.incoming);
    const results = await applyIncomingBatch(
      db,
      withPerson.map((i) => i.incoming!),
      { source: 'sync', now, cadenceDays: (p) => p.cadenceDays ?? null },
    );
    const idOf = new Map<SyncedPerson, string>();
    withPerson.forEach((item, n) => {
      const r = results[n]!;
      if (r.status !== 'skipped') idOf.set(item, r.contactId);
    });
    const touched = new Set<string>();
    for (const item of items) {
      const contactId = idOf.get(item) ?? item.contactId;
      if (item.incoming && !idOf.has(item)) continue;
      if (!(await db.contacts.get(contactId))) continue;
      const notes = item.notesPut.map((n) => cleanNote(n, contactId)).filter((n): n is Note => n !== null);
      const talks = item.interactionsPut
        .map((i) => cleanInteraction(i, contactId))
        .filter((i): i is Interaction => i !== null);
      if (notes.length) await db.notes.bulkPut(notes);
      if (item.notesDelete.length) await db.notes.bulkDelete(item.notesDelete);
      if (talks.length) await db.interactions.bulkPut(talks);
      if (item.interactionsDelete.length) await db.interactions.bulkDelete(item.interactionsDelete);
      if (talks.length || item.interactionsDelete.length) touched.add(contactId);
      if (item.state) await db.syncState.put({ ...item.state, contactId });
      // A person deleted here but edited on the other side comes back: the edit wins over the deletion.
      await db.syncDirty.delete(contactId);
    }
    for (const id of touched) {
      const contact = await db.contacts.get(id);
      if (!contact) continue;
      const latest = await db.interactions.where('[contactId+at]').between([id, -Infinity], [id, Infinity]).last();
      const next = { ...contact, lastInteractionAt: latest?.at ?? null };
      next.dueAt = computeDueAt(next);
      await db.contacts.put(next);
    }
    return results;
  });
}

/** People whose cards were deleted on the server: removed here with everything of theirs, and their sync state. */
export function removeSynced(db: TsunagariDB, contactIds: readonly string[]): Promise<void> {
  return db.transaction(
    'rw',
    [db.contacts, db.notes, db.interactions, db.captures, db.syncState, db.syncDirty],
    async () => {
      const ids = [...contactIds];
      await db.notes.where('contactId').anyOf(ids).delete();
      await db.interactions.where('contactId').anyOf(ids).delete();
      await db.captures.where('contactId').anyOf(ids).delete();
      await db.contacts.bulkDelete(ids);
      await db.syncState.bulkDelete(ids);
      await db.syncDirty.bulkDelete(ids);
    },
  );
}

export async function getSyncMeta(db: TsunagariDB, key: string): Promise<string | number | undefined> {
  return (await db.syncMeta.get(key))?.value;
}

export async function setSyncMeta(db: TsunagariDB, key: string, value: string | number): Promise<void> {
  await db.syncMeta.put({ key, value });
}

/** Forgets everything about the address book (another book chosen, or sync removed): the next sync starts over. */
export function resetSync(db: TsunagariDB): Promise<void> {
  return db.transaction('rw', [db.syncState, db.syncMeta, db.syncDirty], async () => {
    await Promise.all([db.syncState.clear(), db.syncMeta.clear(), db.syncDirty.clear()]);
  });
}
