import type { Contact } from '../model/contact';
import type { Note } from '../model/note';
import type { Interaction } from '../model/interaction';
import { SEEN_FIELDS, seenAtOf } from '../model/field-rule';
import type { CardPart, SyncRecord } from './record';

export function cardOf(contact: Contact): CardPart {
  return {
    name: contact.name,
    company: contact.company,
    title: contact.title,
    location: contact.location,
    avatarUrl: contact.avatarUrl,
    emails: [...contact.emails],
    phones: [...contact.phones],
    websites: [...contact.websites],
    tags: [...contact.tags],
  };
}

/** The local person as a sync record, with a time for every field (a field without one: the record's time). */
export function recordOf(contact: Contact, notes: readonly Note[], interactions: readonly Interaction[]): SyncRecord {
  const card = cardOf(contact);
  const fieldSeenAt: Record<string, number> = {};
  for (const field of SEEN_FIELDS) fieldSeenAt[field] = seenAtOf(contact, field);
  return {
    id: contact.id,
    card,
    private: {
      headline: contact.headline,
      about: contact.about,
      topics: [...contact.topics],
      profiles: contact.profiles.map((p) => ({ ...p })),
      profileKeys: [...contact.profileKeys],
      met: { ...contact.met },
      cadenceDays: contact.cadenceDays,
      snoozedUntil: contact.snoozedUntil,
      archivedAt: contact.archivedAt,
      lastInteractionAt: contact.lastInteractionAt,
      createdAt: contact.createdAt,
      fieldSeenAt,
      writtenCard: card,
      notes: [...notes].sort((a, b) => a.id.localeCompare(b.id)).map((n) => ({ ...n })),
      interactions: [...interactions].sort((a, b) => a.id.localeCompare(b.id)).map((i) => ({ ...i })),
    },
  };
}
