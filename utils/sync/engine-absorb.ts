import type { SyncedPerson } from '../db/sync-apply';
import type { Note } from '../model/note';
import { newId } from '../model/ids';
import { decodeCard } from './codec';
import { wireParams, WrongPassphraseError } from './crypto';
import { vcardToParsed } from './vcard-map';
import { recordOf } from './local-record';
import { incomingOfRemote, mergeRemote } from './merge';
import type { SyncRecord } from './record';
import { contentOf, type SyncContext } from './engine-types';
import type { FetchedCard } from './dav';
import { SyncError } from './errors';

const CONFLICT_FIELDS = ['name', 'company', 'title', 'location', 'headline', 'about'] as const;

/**
 * Fields both sides changed to different values since they last agreed: the field rule keeps the later one, and
 * the other value is written into a note on the person, so neither is lost and the user sees it.
 */
function conflictNote(
  base: SyncRecord | null,
  local: SyncRecord,
  remote: SyncRecord,
  contactId: string,
  now: number,
): Note | null {
  if (!base) return null;
  const lines: string[] = [];
  for (const field of CONFLICT_FIELDS) {
    const pick = (r: SyncRecord | null) =>
      field === 'headline' || field === 'about'
        ? (r?.private?.[field] as string | undefined)
        : (r?.card[field] as string | undefined);
    const b = pick(base);
    const l = pick(local);
    const r = pick(remote);
    if (r === undefined || l === undefined || b === undefined) continue;
    if (l !== b && r !== b && l !== r && l && r) lines.push(`${field}: “${l}” (this browser) / “${r}” (other device)`);
  }
  if (!lines.length) return null;
  return {
    id: newId(),
    contactId,
    body: `Sync: both sides changed these; the later one is shown.\n${lines.join('\n')}`,
    createdAt: now,
    updatedAt: now,
  };
}

/** Reads one card from the server and decides what it changes here (nothing is written yet). */
export async function absorbCard(ctx: SyncContext, card: FetchedCard): Promise<SyncedPerson | null> {
  const { db, config, report } = ctx;
  const now = ctx.now();
  let decoded;
  try {
    decoded = await decodeCard(card.text, config.key);
  } catch (error) {
    if (error instanceof WrongPassphraseError)
      throw new SyncError('passphrase', 'The encryption passphrase does not open this address book.');
    throw error;
  }
  if (!decoded) return null;
  if (decoded.locked) {
    report.locked = true;
    const wire = vcardToParsed(card.text)?.wire;
    if (wire) report.salt = wireParams(wire.text)?.salt ?? report.salt;
  }
  const remote = decoded.record;
  const id = remote.id;
  const state = (await db.syncState.where('href').equals(card.href).first()) ?? (await db.syncState.get(id)) ?? null;
  const contactId = state?.contactId ?? id;
  const local = await db.contacts.get(contactId);
  const nextState = { contactId, href: card.href, etag: card.etag, agreed: remote, locked: decoded.locked };
  const opts = { rev: decoded.rev, now };
  const empty = { notesPut: [], notesDelete: [], interactionsPut: [], interactionsDelete: [] };

  if (!local) {
    if (state && contentOf(state.agreed, true) === contentOf(remote, true)) return null; // deleted here; the push sends it
    if (!state && !decoded.fromTsunagari && !config.importForeign) {
      report.foreign++;
      return null;
    }
    report.received++;
    return {
      contactId,
      incoming: incomingOfRemote(remote, opts),
      ...empty,
      notesPut: remote.private?.notes ?? [],
      interactionsPut: remote.private?.interactions ?? [],
      state: nextState,
    };
  }
  const [notes, interactions] = await Promise.all([
    db.notes.where('contactId').equals(contactId).toArray(),
    db.interactions.where('contactId').equals(contactId).toArray(),
  ]);
  const mine = recordOf(local, notes, interactions);
  const base = state && !state.locked ? state.agreed : null;
  const merged = mergeRemote(base, mine, remote, opts);
  const note = conflictNote(base, mine, remote, contactId, now);
  if (note) report.conflicts++;
  const changes =
    merged.incoming ||
    merged.notesPut.length ||
    merged.notesDelete.length ||
    merged.interactionsPut.length ||
    merged.interactionsDelete.length;
  if (changes) report.received++;
  return {
    contactId,
    incoming: merged.incoming,
    notesPut: note ? [...merged.notesPut, note] : merged.notesPut,
    notesDelete: merged.notesDelete,
    interactionsPut: merged.interactionsPut,
    interactionsDelete: merged.interactionsDelete,
    state: nextState,
  };
}
