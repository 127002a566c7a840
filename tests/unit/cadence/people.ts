import type { Contact } from '../../../utils/model/contact';
import { emptyMet } from '../../../utils/model/contact';
import { computeDueAt, DAY_MS } from '../../../utils/cadence/due';

/** An invented person with `dueAt` derived as the repositories derive it. Saved long ago unless told. */
export function person(fields: Partial<Contact> & { id: string }): Contact {
  const contact: Contact = {
    name: `Person ${fields.id}`,
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
    cadenceDays: 30,
    lastInteractionAt: null,
    snoozedUntil: null,
    dueAt: null,
    jobChange: null,
    fieldSeenAt: {},
    createdAt: Date.parse('2020-01-01T00:00:00Z'),
    updatedAt: Date.parse('2020-01-01T00:00:00Z'),
    archivedAt: null,
    ...fields,
  };
  contact.dueAt = computeDueAt(contact);
  return contact;
}

/** Someone with a cadence whose last talk was `daysAgo` days before `now`: overdue by `daysAgo - cadence`. */
export function talkedDaysAgo(id: string, now: number, daysAgo: number, fields: Partial<Contact> = {}): Contact {
  return person({ id, lastInteractionAt: now - daysAgo * DAY_MS, ...fields });
}
