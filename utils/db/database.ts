import { Dexie, type EntityTable } from 'dexie';
import type { Contact } from '../model/contact';
import type { Note } from '../model/note';
import type { Interaction } from '../model/interaction';
import type { CaptureRecord } from '../model/capture';

export const DB_NAME = 'tsunagari';

/**
 * Every released schema version stays here with its upgrade, in order (DESIGN.md, "Data safety").
 * `dueAt` is indexed so the badge is an indexed count; `profileKeys` and `emails` are multi-entry
 * so the same key always finds the same person.
 */
export const SCHEMA_V1 = {
  contacts: 'id, *profileKeys, *emails, *tags, dueAt, name, company, createdAt, updatedAt, lastInteractionAt',
  notes: 'id, contactId, createdAt',
  interactions: 'id, contactId, at, [contactId+at]',
  captures: 'id, contactId, at',
} as const;

export class TsunagariDB extends Dexie {
  contacts!: EntityTable<Contact, 'id'>;
  notes!: EntityTable<Note, 'id'>;
  interactions!: EntityTable<Interaction, 'id'>;
  captures!: EntityTable<CaptureRecord, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    // A newer page or worker upgrading the schema must not be blocked by this one: close and let it.
    this.on('versionchange', () => {
      this.close();
      return false;
    });
  }
}

export const DB_TABLES = ['contacts', 'notes', 'interactions', 'captures'] as const;
export type TableName = (typeof DB_TABLES)[number];
