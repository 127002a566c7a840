import type { Contact, MetContext } from '../model/contact';
import { buildHaystack, foldText, SEP } from './haystack';

/**
 * What the people list and the search need of one person, kept beside the person in the `searchRows` table
 * (utils/db/search-index.ts) so that opening the dashboard reads this small row, never the person and their notes.
 * `text` is the folded haystack of the person's own fields (utils/search/haystack.ts has the one set of fields
 * and utils/search/fold.ts the one folding), `notes` the folded bodies of their notes.
 */
export interface PersonSummary {
  text: string;
  name: string;
  dueAt: number | null;
  createdAt: number;
  lastInteractionAt: number | null;
  archived: boolean;
  met: MetContext | null;
  /** As spelled, trimmed: the company filter compares it without regard to case. */
  company: string;
  tags: string[];
}

/**
 * `person` is null when no such person is saved (deleted, or notes written before their person, as a restore
 * may): the row then only carries a change for readers that follow `seq`.
 */
export interface SearchRow {
  id: string;
  /** Increases with every write, across pages and the worker: readers fetch only rows above the last they saw. */
  seq: number;
  notes: string;
  person: PersonSummary | null;
}

/** The stored index's own version: raise it when the fields or the folding change, and every index is rebuilt. */
export const SEARCH_INDEX_VERSION = 1;

export function summarize(contact: Contact): PersonSummary {
  return {
    text: buildHaystack(contact),
    name: contact.name,
    dueAt: contact.dueAt,
    createdAt: contact.createdAt,
    lastInteractionAt: contact.lastInteractionAt,
    archived: contact.archivedAt !== null,
    met: contact.met.context,
    company: contact.company.trim(),
    tags: [...contact.tags],
  };
}

export function foldNotes(bodies: readonly string[]): string {
  return foldText(bodies.filter(Boolean).join(SEP));
}

/** The one string a person is searched in: their fields, then their notes, never matched across the two. */
export function searchableText(row: Pick<SearchRow, 'notes'> & { person: Pick<PersonSummary, 'text'> }): string {
  return row.notes ? `${row.person.text}${SEP}${row.notes}` : row.person.text;
}
