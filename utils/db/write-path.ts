import type { TsunagariDB } from './database';
import type { Contact, Met } from '../model/contact';
import type { CaptureRecord, CapturedFields, CaptureSource } from '../model/capture';
import type { IncomingPerson, WriteSource } from '../model/incoming';
import type { DuplicateReview } from '../model/duplicate-review';
import { pairId } from '../model/duplicate-review';
import { IdentityIndex, sharedWithinBatch, type DuplicateReason } from '../model/identity';
import {
  applyEdit,
  applyFieldRule,
  SCALAR_FIELDS,
  LIST_FIELDS,
  type ContactEdit,
  type SeenField,
} from '../model/field-rule';
import { cleanEdit, cleanIncoming } from '../model/incoming-clean';
import { newId } from '../model/ids';
import { finalizeContact } from './finalize';
import { newContact } from './new-contact';

/**
 * The one write path (docs/ARCHITECTURE.md, "The write path"). Every source — capture, popup and dashboard edits,
 * import, merge, restore and sync — writes people through these functions, so the identity rule
 * (utils/model/identity.ts), the field rule (utils/model/field-rule.ts) and the cleaning rules
 * (utils/model/contact-clean.ts) hold for all of them, each write in one transaction.
 *
 *   applyIncoming(db, incoming, { source, seenAt?, now?, cadenceDays?, capture? }) → ApplyResult
 *     One person from a source. Finds who they are (same id from restore/sync, a profile key, or an email or
 *     phone that belongs to one person); applies the fields under the field rule with per-field times
 *     (`incoming.fieldSeenAt`, else `seenAt`); else adds a new person and, if a namesake or a person sharing an
 *     address exists, records a possible duplicate for review. With `capture`, a capture row is written in
 *     the same transaction.
 *   applyIncomingBatch(db, incomings, options) → ApplyResult[]   The same for many people in one transaction
 *     (an import chunk): one indexed read, one bulk write. A row that cannot be applied is reported
 *     (status 'skipped' with its error) and the rest are written.
 *   planIncoming(incomings, existing, options) → BatchPlan   The pure decision behind both (for previews).
 *   editContact(db, id, edit, now?) → Contact   A user's edit: only the given fields (and parts of "how we met"),
 *     onto the current record.
 */

export type ApplyStatus = 'created' | 'updated' | 'unchanged' | 'skipped';

export interface ApplyResult {
  status: ApplyStatus;
  /** '' when skipped. */
  contactId: string;
  jobChanged: boolean;
  /** A saved person this one may be the same as (a namesake or a shared address): recorded for review. */
  possibleDuplicateOf?: string;
  /** Why a row was skipped (batch only). */
  error?: string;
}

export interface ApplyOptions {
  source: WriteSource;
  /** When the source saw these values; defaults to `now`. A file: when it was exported. */
  seenAt?: number;
  now?: number;
  /** Cadence for a new person; a saved person keeps theirs. A function decides per person (from their tags). */
  cadenceDays?: number | null | ((person: IncomingPerson) => number | null);
}

export interface CaptureInfo {
  source: CaptureSource;
  url: string;
  fields: CapturedFields;
}

export interface BatchPlan {
  writes: Contact[];
  reviews: DuplicateReview[];
  results: ApplyResult[];
}

function cadenceFor(options: ApplyOptions, person: IncomingPerson): number | null {
  const c = options.cadenceDays;
  if (typeof c === 'function') return c(person);
  return c ?? null;
}

function createFrom(incoming: IncomingPerson, options: ApplyOptions, seenAt: number, now: number): Contact {
  if (!incoming.name) throw new Error('A new person needs a name.');
  const seen: Partial<Record<SeenField, number>> = {};
  const at = (field: SeenField) => incoming.fieldSeenAt?.[field] ?? seenAt;
  for (const field of SCALAR_FIELDS) if (incoming[field]) seen[field] = at(field);
  for (const field of LIST_FIELDS) if (incoming[field]?.length) seen[field] = at(field);
  if (incoming.profileKeys?.length || incoming.profiles?.length) seen.profiles = at('profiles');
  if (incoming.met) seen.met = at('met');
  const contact = newContact(
    {
      ...(incoming.id ? { id: incoming.id } : {}),
      name: incoming.name,
      headline: incoming.headline ?? '',
      company: incoming.company ?? '',
      title: incoming.title ?? '',
      location: incoming.location ?? '',
      avatarUrl: incoming.avatarUrl ?? '',
      about: incoming.about ?? '',
      profiles: (incoming.profiles ?? []).map((p) => ({ kind: p.kind, url: p.url })),
      profileKeys: [...(incoming.profileKeys ?? [])],
      emails: [...(incoming.emails ?? [])],
      phones: [...(incoming.phones ?? [])],
      websites: [...(incoming.websites ?? [])],
      tags: [...(incoming.tags ?? [])],
      topics: [...(incoming.topics ?? [])],
      met: {
        context: incoming.met?.context ?? null,
        place: incoming.met?.place ?? '',
        date: incoming.met?.date ?? null,
        introducedBy: incoming.met?.introducedBy ?? '',
      },
      cadenceDays: cadenceFor(options, incoming),
      lastInteractionAt: incoming.lastInteractionAt ?? null,
      snoozedUntil: options.source === 'sync' ? (incoming.snoozedUntil ?? null) : null,
      archivedAt: options.source === 'sync' ? (incoming.archivedAt ?? null) : null,
      fieldSeenAt: seen as Record<string, number>,
    },
    now,
  );
  return finalizeContact(contact);
}

/**
 * A row naming two saved profiles (a card with one person's LinkedIn and another's GitHub) updates the person the
 * first key finds; a key another person holds stays theirs, so no two people ever share a profile key.
 */
function withoutForeignKeys(incoming: IncomingPerson, person: Contact, index: IdentityIndex<Contact>): IncomingPerson {
  if (!incoming.profileKeys?.length) return incoming;
  const own = incoming.profileKeys.filter((key) => {
    const holder = index.holderOfKey(key);
    return !holder || holder.id === person.id;
  });
  return own.length === incoming.profileKeys.length ? incoming : { ...incoming, profileKeys: own };
}

/**
 * Decides, for a batch, who is new, who is updated and who is unchanged, against the people `existing` holds
 * (every saved person any of the batch's ids, keys, emails, phones or names finds). Pure.
 */
export function planIncoming(
  incomings: readonly IncomingPerson[],
  existing: readonly Contact[],
  options: ApplyOptions,
): BatchPlan {
  const now = options.now ?? Date.now();
  const seenAt = options.seenAt ?? now;
  const cleaned = incomings.map(cleanIncoming);
  const index = new IdentityIndex<Contact>(existing, sharedWithinBatch(cleaned));
  const byId = new Map(existing.map((c) => [c.id, c]));
  const current = new Map<string, Contact>();
  const pending = new Map<string, Contact>();
  const created = new Set<string>();
  const reviews = new Map<string, DuplicateReview>();
  const results: ApplyResult[] = [];
  for (const incoming of cleaned) {
    try {
      const known = incoming.id ? (current.get(incoming.id) ?? byId.get(incoming.id)) : undefined;
      const verdict = known ? ({ kind: 'same', person: known } as const) : index.decide(incoming);
      if (verdict.kind === 'same') {
        const stored = current.get(verdict.person.id) ?? verdict.person;
        const outcome = applyFieldRule(stored, withoutForeignKeys(incoming, stored, index), {
          source: options.source,
          seenAt,
          now,
        });
        if (outcome.changed.length === 0) {
          results.push({
            status: created.has(stored.id) ? 'created' : 'unchanged',
            contactId: stored.id,
            jobChanged: false,
          });
          continue;
        }
        const next = finalizeContact({ ...outcome.contact, updatedAt: now });
        index.replace(stored, next);
        current.set(next.id, next);
        pending.set(next.id, next);
        results.push({
          status: created.has(next.id) ? 'created' : 'updated',
          contactId: next.id,
          jobChanged: outcome.jobChanged,
        });
        continue;
      }
      const contact = createFrom(incoming, options, seenAt, now);
      index.add(contact);
      current.set(contact.id, contact);
      pending.set(contact.id, contact);
      created.add(contact.id);
      const result: ApplyResult = { status: 'created', contactId: contact.id, jobChanged: false };
      if (verdict.possibleDuplicateOf) {
        const other = verdict.possibleDuplicateOf.id;
        result.possibleDuplicateOf = other;
        const id = pairId(contact.id, other);
        reviews.set(id, review(id, contact.id, other, verdict.reason ?? 'same-name', now));
      }
      results.push(result);
    } catch (error) {
      results.push({
        status: 'skipped',
        contactId: '',
        jobChanged: false,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return { writes: [...pending.values()], reviews: [...reviews.values()], results };
}

function review(id: string, contactId: string, otherId: string, reason: DuplicateReason, now: number): DuplicateReview {
  return { id, contactId, otherId, reason, status: 'open', createdAt: now, decidedAt: null };
}

/**
 * Everyone saved whom any of the batch's ids, keys, emails, phones or names finds: indexed reads only. The look-up
 * uses the cleaned values, as stored: a raw `linkedin:taro\u200b-yamada` or `WEI@…` would miss the saved person
 * and the write would add a second one holding the same key.
 */
export async function findCandidates(db: TsunagariDB, incomings: readonly IncomingPerson[]): Promise<Contact[]> {
  const ids = new Set<string>();
  const keys = new Set<string>();
  const emails = new Set<string>();
  const phones = new Set<string>();
  const names = new Set<string>();
  for (const p of incomings.map(cleanIncoming)) {
    if (p.id) ids.add(p.id);
    for (const k of p.profileKeys ?? []) keys.add(k);
    for (const e of p.emails ?? []) emails.add(e);
    for (const ph of p.phones ?? []) phones.add(ph);
    if (p.name) names.add(p.name);
  }
  const [byId, byKey, byEmail, byPhone, byName] = await Promise.all([
    ids.size ? db.contacts.bulkGet([...ids]) : [],
    keys.size
      ? db.contacts
          .where('profileKeys')
          .anyOf([...keys])
          .toArray()
      : [],
    emails.size
      ? db.contacts
          .where('emails')
          .anyOf([...emails])
          .toArray()
      : [],
    phones.size
      ? db.contacts
          .where('phones')
          .anyOf([...phones])
          .toArray()
      : [],
    names.size
      ? db.contacts
          .where('name')
          .anyOf([...names])
          .toArray()
      : [],
  ]);
  const seen = new Map<string, Contact>();
  for (const c of [...byId, ...byKey, ...byEmail, ...byPhone, ...byName]) if (c && !seen.has(c.id)) seen.set(c.id, c);
  return [...seen.values()];
}

async function writePlan(db: TsunagariDB, plan: BatchPlan): Promise<void> {
  if (plan.writes.length) await db.contacts.bulkPut(plan.writes);
  if (!plan.reviews.length) return;
  // A pair already decided ("kept apart") or already open is not asked about again.
  const known = new Set(
    (await db.duplicateReviews.bulkGet(plan.reviews.map((r) => r.id))).filter(Boolean).map((r) => r!.id),
  );
  const fresh = plan.reviews.filter((r) => !known.has(r.id));
  if (fresh.length) await db.duplicateReviews.bulkAdd(fresh);
}

/** Many people in one transaction (an import chunk): all of it is written, or none of it. */
export function applyIncomingBatch(
  db: TsunagariDB,
  incomings: readonly IncomingPerson[],
  options: ApplyOptions,
): Promise<ApplyResult[]> {
  return db.transaction('rw', db.contacts, db.duplicateReviews, async () => {
    const plan = planIncoming(incomings, await findCandidates(db, incomings), options);
    await writePlan(db, plan);
    return plan.results;
  });
}

/** The batch decision without writing, in a read transaction: what the import preview counts. */
export function previewIncomingBatch(
  db: TsunagariDB,
  incomings: readonly IncomingPerson[],
  options: ApplyOptions,
): Promise<ApplyResult[]> {
  return db.transaction(
    'r',
    db.contacts,
    async () => planIncoming(incomings, await findCandidates(db, incomings), options).results,
  );
}

/** One person from a source; with `capture`, its capture row is written in the same transaction. */
export function applyIncoming(
  db: TsunagariDB,
  incoming: IncomingPerson,
  options: ApplyOptions & { capture?: CaptureInfo },
): Promise<ApplyResult> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', [db.contacts, db.duplicateReviews, db.captures], async () => {
    const plan = planIncoming([incoming], await findCandidates(db, [incoming]), { ...options, now });
    const result = plan.results[0]!;
    if (result.status === 'skipped') throw new Error(result.error);
    // A capture writes its own row anyway, so fields it only confirmed keep their new time.
    if (options.capture && result.status === 'unchanged') {
      const stored = await db.contacts.get(result.contactId);
      if (stored) {
        // Only what the person already holds is confirmed: a key the plan left to someone else stays theirs.
        const clean = cleanIncoming(incoming);
        const own = { ...clean, profileKeys: (clean.profileKeys ?? []).filter((k) => stored.profileKeys.includes(k)) };
        const confirmed = applyFieldRule(stored, own, { source: options.source, seenAt: options.seenAt ?? now, now });
        await db.contacts.put(finalizeContact(confirmed.contact));
      }
    }
    await writePlan(db, plan);
    if (options.capture) {
      const row: CaptureRecord = { id: newId(), contactId: result.contactId, at: now, ...options.capture };
      await db.captures.add(row);
    }
    return result;
  });
}

/** A user's edit. "How we met" may be partial: the parts given go onto the stored ones (the form edits one part). */
export type UserEdit = Omit<ContactEdit, 'met'> & { met?: Partial<Met> };

/** A user's edit: only the fields in `edit`, applied to the record as it is now, in one transaction. */
export function editContact(db: TsunagariDB, id: string, edit: UserEdit, now = Date.now()): Promise<Contact> {
  return db.transaction('rw', db.contacts, async () => {
    const stored = await db.contacts.get(id);
    if (!stored) throw new Error(`No person with id ${id}.`);
    const full = (edit.met ? { ...edit, met: { ...stored.met, ...edit.met } } : edit) as ContactEdit;
    const { contact, changed } = applyEdit(stored, cleanEdit(full), now);
    if (!contact.name) throw new Error('A person needs a name.');
    if (changed.length === 0 && JSON.stringify(contact.jobChange) === JSON.stringify(stored.jobChange)) return stored;
    const next = finalizeContact({ ...contact, updatedAt: now });
    await db.contacts.put(next);
    return next;
  });
}
