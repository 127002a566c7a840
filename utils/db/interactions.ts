import type { TsunagariDB } from './database';
import type { Interaction, InteractionKind } from '../model/interaction';
import { LIMITS, cleanText } from '../model/text';
import { newId } from '../model/ids';
import { computeDueAt } from '../cadence/due';

export interface LogInput {
  kind: InteractionKind;
  /** When it happened; may be in the past. Defaults to now. */
  at?: number;
  note?: string;
}

/**
 * Logs a talk and restarts the clock: `lastInteractionAt` moves to the latest talk, a snooze ends,
 * and `dueAt` is re-derived — all in one transaction with the interaction row.
 */
export async function logInteraction(
  db: TsunagariDB,
  contactId: string,
  input: LogInput,
  now = Date.now(),
): Promise<Interaction> {
  const interaction: Interaction = {
    id: newId(),
    contactId,
    kind: input.kind,
    at: input.at ?? now,
    note: cleanText(input.note ?? '', LIMITS.long),
  };
  await db.transaction('rw', db.contacts, db.interactions, async () => {
    const contact = await db.contacts.get(contactId);
    if (!contact) throw new Error(`No person with id ${contactId}.`);
    await db.interactions.add(interaction);
    const last = Math.max(contact.lastInteractionAt ?? -Infinity, interaction.at);
    const next = { ...contact, lastInteractionAt: last, snoozedUntil: null, updatedAt: now };
    next.dueAt = computeDueAt(next);
    await db.contacts.put(next);
  });
  return interaction;
}

/** Removes a logged talk and puts the last touch back to the latest one left. */
export async function deleteInteraction(db: TsunagariDB, id: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.contacts, db.interactions, async () => {
    const interaction = await db.interactions.get(id);
    if (!interaction) return;
    await db.interactions.delete(id);
    const contact = await db.contacts.get(interaction.contactId);
    if (!contact) return;
    const latest = await db.interactions
      .where('[contactId+at]')
      .between([contact.id, -Infinity], [contact.id, Infinity])
      .last();
    const next = { ...contact, lastInteractionAt: latest?.at ?? null, updatedAt: now };
    next.dueAt = computeDueAt(next);
    await db.contacts.put(next);
  });
}

export function interactionsOf(db: TsunagariDB, contactId: string): Promise<Interaction[]> {
  return db.interactions
    .where('[contactId+at]')
    .between([contactId, -Infinity], [contactId, Infinity])
    .reverse()
    .toArray();
}
