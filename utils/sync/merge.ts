import type { IncomingPerson } from '../model/incoming';
import type { Note } from '../model/note';
import type { Interaction } from '../model/interaction';
import { CARD_FIELDS, PRIVATE_FIELDS, same, type CardField, type PrivateField, type SyncRecord } from './record';

/**
 * The three-way merge (docs/sync.md): each field of the remote card is compared with the last version both sides
 * agreed on (`base`, kept locally) and with the local person.
 * - remote unchanged since base → the local value stands (it is pushed if it changed);
 * - only remote changed → the remote value is applied, stamped just after the local value's time so it wins;
 * - both changed → the field times decide through the write path's field rule (later wins); two different
 *   lists are joined, so neither side's entries are lost;
 * - a card without Tsunagari's part (a phone dropped the X- properties) changes only the card's fields: every
 *   private field counts as unchanged, and nothing of Tsunagari's is removed.
 * A card field the remote changed away from what Tsunagari last wrote there was edited by another client: its
 * time is the card's REV (or `now`), not the stale time in the private part.
 * Notes and interactions merge by id: new ones are added, newer edits win, a deletion travels when the other side
 * did not change that entry since base; an edit beats a deletion.
 */

export interface MergeResult {
  /** What to apply through the write path (source 'sync'); null when the remote adds nothing. */
  incoming: IncomingPerson | null;
  notesPut: Note[];
  notesDelete: string[];
  interactionsPut: Interaction[];
  interactionsDelete: string[];
}

type Field = CardField | PrivateField;

function valueOf(record: SyncRecord | null, field: Field): unknown {
  if (!record) return undefined;
  if ((CARD_FIELDS as readonly string[]).includes(field)) return record.card[field as CardField];
  return record.private ? record.private[field as PrivateField] : undefined;
}

function timeKey(field: Field): string {
  return field === 'profileKeys' ? 'profiles' : field;
}

function union(a: readonly string[], b: readonly string[]): string[] {
  return [...new Set([...a, ...b])];
}

function mergeById<T extends { id: string }>(
  base: readonly T[] | undefined,
  local: readonly T[],
  remote: readonly T[] | undefined,
  newer: (a: T, b: T) => boolean,
): { put: T[]; remove: string[] } {
  const put: T[] = [];
  const remove: string[] = [];
  if (!remote) return { put, remove };
  const b = new Map((base ?? []).map((x) => [x.id, x]));
  const l = new Map(local.map((x) => [x.id, x]));
  const r = new Map(remote.map((x) => [x.id, x]));
  for (const [id, rv] of r) {
    const lv = l.get(id);
    const bv = b.get(id);
    if (lv) {
      if (!same(lv, rv) && (bv && same(lv, bv) ? true : newer(rv, lv))) put.push(rv);
    } else if (!bv || !same(bv, rv)) put.push(rv); // new remotely, or edited remotely (beats a local delete)
  }
  for (const [id, lv] of l) {
    const bv = b.get(id);
    if (!r.has(id) && bv && same(bv, lv)) remove.push(id);
  }
  return { put, remove };
}

export function mergeRemote(
  base: SyncRecord | null,
  local: SyncRecord,
  remote: SyncRecord,
  options: { rev: number | null; now: number },
): MergeResult {
  const incoming: Record<string, unknown> = { id: local.id };
  const fieldSeenAt: Record<string, number> = {};
  let any = false;
  const localAt = (field: Field) => local.private?.fieldSeenAt[timeKey(field)] ?? 0;
  const remoteAt = (field: Field): number => {
    const p = remote.private;
    if ((CARD_FIELDS as readonly string[]).includes(field)) {
      const written = p?.writtenCard[field as CardField];
      if (p && same(written, remote.card[field as CardField])) return p.fieldSeenAt[timeKey(field)] ?? 0;
      return options.rev ?? options.now;
    }
    return p?.fieldSeenAt[timeKey(field)] ?? 0;
  };

  for (const field of [...CARD_FIELDS, ...PRIVATE_FIELDS] as Field[]) {
    const isPrivate = (PRIVATE_FIELDS as readonly string[]).includes(field);
    if (isPrivate && !remote.private) continue;
    const r = valueOf(remote, field);
    const l = valueOf(local, field);
    const b = valueOf(base, field);
    if (same(r, l)) continue;
    if (base && b !== undefined && same(r, b)) continue;
    const onlyRemote = base !== null && b !== undefined && same(l, b);
    let value = r;
    let at = remoteAt(field);
    if (onlyRemote) at = Math.max(at, localAt(field) + 1);
    else if (Array.isArray(r) && Array.isArray(l) && r.every((x) => typeof x === 'string')) {
      value = union(l as string[], r as string[]);
      at = Math.max(at, localAt(field)) + 1;
    }
    incoming[field] = value;
    if (field !== 'lastInteractionAt') fieldSeenAt[timeKey(field)] = Math.max(fieldSeenAt[timeKey(field)] ?? 0, at);
    any = true;
  }
  if (any) incoming.fieldSeenAt = fieldSeenAt;

  const notes = mergeById(
    base?.private?.notes,
    local.private?.notes ?? [],
    remote.private?.notes,
    (a, b) => a.updatedAt > b.updatedAt,
  );
  const interactions = mergeById(
    base?.private?.interactions,
    local.private?.interactions ?? [],
    remote.private?.interactions,
    () => false,
  );
  return {
    incoming: any ? (incoming as IncomingPerson) : null,
    notesPut: notes.put.map((n) => ({ ...n, contactId: local.id })),
    notesDelete: notes.remove,
    interactionsPut: interactions.put.map((i) => ({ ...i, contactId: local.id })),
    interactionsDelete: interactions.remove,
  };
}

/** A person only the remote has: everything on the card, as one incoming person with the card's times. */
export function incomingOfRemote(remote: SyncRecord, options: { rev: number | null; now: number }): IncomingPerson {
  const p = remote.private;
  const fieldSeenAt: Record<string, number> = {};
  for (const field of CARD_FIELDS) {
    const written = p?.writtenCard[field];
    fieldSeenAt[field] =
      p && same(written, remote.card[field]) ? (p.fieldSeenAt[field] ?? options.now) : (options.rev ?? options.now);
  }
  const incoming: IncomingPerson = { id: remote.id, ...remote.card, fieldSeenAt };
  if (!p) return incoming;
  for (const key of [
    'headline',
    'about',
    'topics',
    'profiles',
    'met',
    'cadenceDays',
    'snoozedUntil',
    'archivedAt',
  ] as const) {
    fieldSeenAt[key] = p.fieldSeenAt[key] ?? options.now;
  }
  return {
    ...incoming,
    headline: p.headline,
    about: p.about,
    topics: p.topics,
    profiles: p.profiles,
    profileKeys: p.profileKeys,
    met: p.met,
    cadenceDays: p.cadenceDays,
    snoozedUntil: p.snoozedUntil,
    archivedAt: p.archivedAt,
    lastInteractionAt: p.lastInteractionAt,
    fieldSeenAt,
  };
}
