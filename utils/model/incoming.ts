import type { Met, ProfileLink } from './contact';

/**
 * What any source says about one person, before the write path decides who they are and which values win.
 * Every field is optional: absent means "this source says nothing about it", never "erase it".
 * `fieldSeenAt` gives a time per field (sync knows one per field); fields without one use the write's `seenAt`.
 */
export interface IncomingPerson {
  /** The person's id when the source knows it (restore, sync: the card's UID): that id is that person. */
  id?: string;
  name?: string;
  headline?: string;
  company?: string;
  title?: string;
  location?: string;
  avatarUrl?: string;
  about?: string;
  emails?: readonly string[];
  phones?: readonly string[];
  websites?: readonly string[];
  tags?: readonly string[];
  topics?: readonly string[];
  profiles?: readonly ProfileLink[];
  profileKeys?: readonly string[];
  met?: Partial<Met>;
  /** Only for a new person (a saved person keeps the cadence the user chose), except from sync. */
  cadenceDays?: number | null;
  /** Sync only: the remote's keep-in-touch state. Ignored from other sources. */
  snoozedUntil?: number | null;
  archivedAt?: number | null;
  lastInteractionAt?: number | null;
  fieldSeenAt?: Readonly<Partial<Record<string, number>>>;
}

/** Where a write comes from. The field rule and the identity rule are the same for all; only these details differ. */
export type WriteSource = 'capture' | 'import' | 'restore' | 'sync';
