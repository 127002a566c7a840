import type { TsunagariDB } from './database';
import type { Contact } from '../model/contact';

/** What identifies the people of one import chunk: looked up through indexes, never row by row. */
export interface ContactLookup {
  profileKeys: string[];
  emails: string[];
  /** Exact names, for records that carry neither a profile key nor an email. */
  names: string[];
}

/**
 * The people already saved that any of the given keys, emails or names finds: three indexed `anyOf` reads
 * (the `*profileKeys` and `*emails` multi-entry indexes and `name`), each person once.
 */
export async function findContactsForImport(db: TsunagariDB, lookup: ContactLookup): Promise<Contact[]> {
  const [byKey, byEmail, byName] = await Promise.all([
    lookup.profileKeys.length ? db.contacts.where('profileKeys').anyOf(lookup.profileKeys).toArray() : [],
    lookup.emails.length ? db.contacts.where('emails').anyOf(lookup.emails).toArray() : [],
    lookup.names.length ? db.contacts.where('name').anyOf(lookup.names).toArray() : [],
  ]);
  const seen = new Map<string, Contact>();
  for (const contact of [...byKey, ...byEmail, ...byName]) if (!seen.has(contact.id)) seen.set(contact.id, contact);
  return [...seen.values()];
}

/**
 * One import chunk in one transaction: read who is already saved, let `decide` (pure) work out the rows to
 * write, and write them with one bulkPut. A worker stopped mid-chunk leaves the chunk wholly written or not at all.
 */
export async function writeImportChunk<R>(
  db: TsunagariDB,
  lookup: ContactLookup,
  decide: (existing: Contact[]) => { writes: Contact[]; result: R },
): Promise<R> {
  return db.transaction('rw', db.contacts, async () => {
    const existing = await findContactsForImport(db, lookup);
    const { writes, result } = decide(existing);
    if (writes.length) await db.contacts.bulkPut(writes);
    return result;
  });
}

/** The same read in a read-only transaction, for the preview. */
export function readContactsForImport(db: TsunagariDB, lookup: ContactLookup): Promise<Contact[]> {
  return db.transaction('r', db.contacts, () => findContactsForImport(db, lookup));
}
