import type { Contact } from '../model/contact';
import { foldText } from './fold';

export { foldText };

/** One person in the in-memory index: the row and every searchable word of it, lower-cased once. */
export interface PersonEntry {
  contact: Contact;
  haystack: string;
}

// A separator no query can contain, so a term never matches across the end of one field and the start of the next.
export const SEP = '\u0001';

export function buildHaystack(contact: Contact, notes: readonly string[] = []): string {
  const parts = [
    contact.name,
    contact.headline,
    contact.company,
    contact.title,
    contact.location,
    contact.met.place,
    contact.met.introducedBy,
    ...contact.tags,
    ...contact.topics,
    ...contact.emails,
    ...notes,
  ];
  return foldText(parts.filter(Boolean).join(SEP));
}

/** Groups note bodies by person, for building haystacks from a table read once. */
export function notesByContact(notes: ReadonlyArray<{ contactId: string; body: string }>): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const note of notes) {
    const list = map.get(note.contactId);
    if (list) list.push(note.body);
    else map.set(note.contactId, [note.body]);
  }
  return map;
}

export function buildIndex(
  contacts: readonly Contact[],
  notes: ReadonlyArray<{ contactId: string; body: string }> = [],
): PersonEntry[] {
  const byContact = notesByContact(notes);
  return contacts.map((contact) => ({ contact, haystack: buildHaystack(contact, byContact.get(contact.id)) }));
}

/** The words of a query; every one must appear somewhere in a person's haystack. */
export function queryTerms(query: string): string[] {
  return foldText(query).split(/\s+/).filter(Boolean);
}

export function matchesTerms(haystack: string, terms: readonly string[]): boolean {
  for (const term of terms) if (!haystack.includes(term)) return false;
  return true;
}

/**
 * Search as you type: a linear scan of prebuilt haystacks, keeping the entries' order (so a list
 * sorted once stays sorted). Pure and synchronous so the benchmark can time exactly this.
 */
export function searchPeople(entries: readonly PersonEntry[], query: string): PersonEntry[] {
  const terms = queryTerms(query);
  if (terms.length === 0) return entries.slice();
  const out: PersonEntry[] = [];
  for (const entry of entries) if (matchesTerms(entry.haystack, terms)) out.push(entry);
  return out;
}
