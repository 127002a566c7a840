import { newContact } from '../../../utils/db/contacts';
import type { Contact } from '../../../utils/model/contact';

export const NOW = Date.UTC(2026, 5, 1, 9);
export const DAY = 86_400_000;

let counter = 0;

/** An invented person with a stable id, for pure tests that need no database. */
export function person(fields: Partial<Contact>): Contact {
  counter += 1;
  return newContact(
    { id: `p${String(counter).padStart(4, '0')}`, createdAt: NOW - 100 * DAY, ...fields },
    fields.createdAt ?? NOW - 100 * DAY,
  );
}
