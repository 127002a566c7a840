import type { SyncRecord } from './sync-record';

/** What sync remembers about one person's card (database v3, `syncState`). */
export interface SyncState {
  contactId: string;
  /** The card's address on the server (absolute URL). */
  href: string;
  /** The ETag of the version below; '' when the server gave none (the next listing supplies it). */
  etag: string;
  /** The version both sides last agreed on: the base of the three-way merge. */
  agreed: SyncRecord;
  /** The card's private part was sealed with a passphrase this browser does not have yet. */
  locked?: boolean;
}

/** Per address book bookkeeping: the RFC 6578 sync token and the push cursor. */
export interface SyncMeta {
  key: string;
  value: string | number;
}

/** A person changed in a way no index shows (deleted, or a note of theirs deleted): pushed on the next sync. */
export interface SyncDirty {
  contactId: string;
  at: number;
}
