import type { Contact } from '../model/contact';
import { emptyMet } from '../model/contact';
import { newId } from '../model/ids';
import { computeDueAt } from '../cadence/due';

/** A person with every field at its empty default, then `fields` on top; `dueAt` derived. */
export function newContact(fields: Partial<Contact>, now: number): Contact {
  const contact: Contact = {
    id: newId(),
    name: '',
    headline: '',
    company: '',
    title: '',
    location: '',
    avatarUrl: '',
    about: '',
    profiles: [],
    profileKeys: [],
    emails: [],
    phones: [],
    websites: [],
    tags: [],
    met: emptyMet(),
    topics: [],
    cadenceDays: null,
    lastInteractionAt: null,
    snoozedUntil: null,
    dueAt: null,
    jobChange: null,
    fieldSeenAt: {},
    createdAt: now,
    updatedAt: now,
    archivedAt: null,
    ...fields,
  };
  contact.dueAt = computeDueAt(contact);
  return contact;
}
