import type { Contact } from '../../../utils/model/contact';
import { newContact } from '../../../utils/db/contacts';
import { DAY_MS } from '../../../utils/cadence/due';

/** An invented person with `dueAt` derived as the repositories derive it. Saved long ago unless told. */
export function person(fields: Partial<Contact> & { id: string }): Contact {
  const saved = Date.parse('2020-01-01T00:00:00Z');
  return newContact(
    { name: `Person ${fields.id}`, cadenceDays: 30, updatedAt: saved, ...fields },
    fields.createdAt ?? saved,
  );
}

/** Someone with a cadence whose last talk was `daysAgo` days before `now`: overdue by `daysAgo - cadence`. */
export function talkedDaysAgo(id: string, now: number, daysAgo: number, fields: Partial<Contact> = {}): Contact {
  return person({ id, lastInteractionAt: now - daysAgo * DAY_MS, ...fields });
}
