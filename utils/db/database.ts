import { Dexie, type EntityTable } from 'dexie';
import type { Contact } from '../model/contact';
import type { Note } from '../model/note';
import type { Interaction } from '../model/interaction';
import type { CaptureRecord } from '../model/capture';
import type { DuplicateReview } from '../model/duplicate-review';
import type { SyncDirty, SyncMeta, SyncState } from '../model/sync-state';
import { upgradeToV2 } from './upgrade-v2';
import { upgradeToV3 } from './upgrade-v3';
import { upgradeToV4 } from './upgrade-v4';
import { searchIndexMiddleware } from './search-index';
import { refuseNewerVersions } from './newer-guard';
import { SEARCH_INDEX_VERSION, type SearchRow } from '../search/search-row';
import type { SearchMeta } from './search-rows';

export const DB_NAME = 'tsunagari';

/**
 * Every released schema version stays here with its upgrade, in order (docs/ARCHITECTURE.md, "Data contract").
 * `dueAt` is indexed so the badge is an indexed count; `profileKeys` and `emails` are multi-entry
 * so the same key always finds the same person.
 */
export const SCHEMA_V1 = {
  contacts: 'id, *profileKeys, *emails, *tags, dueAt, name, company, createdAt, updatedAt, lastInteractionAt',
  notes: 'id, contactId, createdAt',
  interactions: 'id, contactId, at, [contactId+at]',
  captures: 'id, contactId, at',
} as const;

/**
 * Version 2 (issue 12): `*phones` is indexed so a phone number can find the one person it belongs to, and
 * `duplicateReviews` holds the possible duplicates the user reviews. The upgrade stamps every filled field with a
 * time and cleans every person with today's caps, so that what version 1 wrote passes today's restore.
 */
export const SCHEMA_V2 = {
  ...SCHEMA_V1,
  contacts: `${SCHEMA_V1.contacts}, *phones`,
  duplicateReviews: 'id, status, contactId, otherId',
} as const;

/**
 * Version 3 (issue 18, CardDAV sync): `syncState` keeps, per synced person, the card's address, its ETag and the
 * version both sides last agreed on (the base of the three-way merge); `syncMeta` the address book's sync token and
 * push cursor; `syncDirty` the people changed in ways no `updatedAt` index shows (a person or a note deleted).
 * `notes.updatedAt` is indexed so the push finds edited notes without reading every note.
 */
export const SCHEMA_V3 = {
  ...SCHEMA_V2,
  notes: `${SCHEMA_V2.notes}, updatedAt`,
  syncState: 'contactId, href',
  syncMeta: 'key',
  syncDirty: 'contactId',
} as const;

/**
 * Version 4 (issue 16): `searchRows` holds each person's folded search text and the few fields the people list
 * sorts and filters on, kept in the same transaction as every write (utils/db/search-index.ts); `seq` lets an
 * open page read only what changed. `searchMeta` records the index's version. The upgrade builds it for everyone.
 */
export const SCHEMA_V4 = {
  ...SCHEMA_V3,
  searchRows: 'id, seq',
  searchMeta: 'id',
} as const;

export const DB_VERSION = 4;

export class TsunagariDB extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  captures!: EntityTable<CaptureRecord, 'id'>;
  duplicateReviews!: EntityTable<DuplicateReview, 'id'>;
  syncState!: EntityTable<SyncState, 'contactId'>;
  syncMeta!: EntityTable<SyncMeta, 'key'>;
  syncDirty!: EntityTable<SyncDirty, 'contactId'>;
  searchRows!: EntityTable<SearchRow, 'id'>;
  searchMeta!: EntityTable<SearchMeta, 'id'>;

  constructor(name: string = DB_NAME) {
    // A database written by a newer Tsunagari is refused, never read or patched (utils/db/newer-guard.ts).
    super(name, { indexedDB: refuseNewerVersions() });
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
    this.version(4).stores(SCHEMA_V4).upgrade(upgradeToV4);
    this.use(searchIndexMiddleware);
    // A new database gets no upgrade: its empty index is stamped here, or the first dashboard would rebuild it.
    this.on('populate', (tx) => {
      void tx.table('searchMeta').put({ id: 'search', version: SEARCH_INDEX_VERSION });
    });
    // A newer page or worker upgrading the schema must not be blocked by this one: close and let it.
    this.on('versionchange', () => {
      this.close();
      return false;
    });
  }
}

export const DB_TABLES = ['contacts', 'notes', 'interactions', 'captures'] as const;
export type TableName = (typeof DB_TABLES)[number];
