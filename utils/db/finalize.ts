import type { Contact } from '../model/contact';
import { cleanContact } from '../model/contact-clean';
import { computeDueAt } from '../cadence/due';

/** The last step before any person is written: the shared clean-up (caps, text and link rules) and `dueAt`. */
export function finalizeContact(contact: Contact): Contact {
  const clean = cleanContact(contact);
  clean.dueAt = computeDueAt(clean);
  return clean;
}
