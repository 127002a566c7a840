import type { TsunagariDB } from '../db/database';
import type { Connection } from './http';
import type { SyncKey } from './crypto';
import type { VCardVersion } from './vcard-map';
import type { SyncRecord } from './record';

export interface SyncConfig extends Connection {
  bookUrl: string;
  version: VCardVersion;
  /** The server keeps X- properties (probed on connecting); when false only the card is sent. */
  keepsPrivate: boolean;
  /** Seals the private part; null = plain, or no passphrase entered yet on this browser. */
  key: SyncKey | null;
  /** Cards already in the book that Tsunagari did not write are imported (else left alone). */
  importForeign?: boolean;
  /** Cards per multiget / push batch; state is saved after each. */
  batchSize?: number;
  /** Waits before retrying a server failure or a lost connection; [] = no retry. */
  retryDelaysMs?: readonly number[];
  onProgress?: (progress: SyncProgress) => void;
  now?: () => number;
}

export interface SyncProgress {
  phase: 'receive' | 'send';
  done: number;
  total: number;
}

export interface SyncReport {
  received: number;
  sent: number;
  deletedHere: number;
  deletedThere: number;
  /** Fields both sides changed differently: both values kept (the other one in a note on the person). */
  conflicts: number;
  /** Cards in the book that Tsunagari did not write, left alone. */
  foreign: number;
  /** Some cards are encrypted with a passphrase this browser does not have: only their card part was used. */
  locked: boolean;
  /** The salt the book's cards were sealed with (to derive the key once the user gives the passphrase). */
  salt: string | null;
}

export interface SyncContext {
  db: TsunagariDB;
  config: SyncConfig;
  report: SyncReport;
  now: () => number;
}

/**
 * What "changed" means for sync: values — not the per-field times, what Tsunagari last wrote on the card, nor the
 * local creation time (each browser has its own), any of which would send a card back and forth for nothing.
 */
export function contentOf(record: SyncRecord, withPrivate: boolean): string {
  if (!withPrivate || !record.private) return JSON.stringify({ card: record.card });
  const { fieldSeenAt: _times, writtenCard: _written, createdAt: _created, ...rest } = record.private;
  return JSON.stringify({ card: record.card, private: rest });
}
