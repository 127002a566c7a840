import { storage } from 'wxt/utils/storage';

/**
 * The sync account lives in `storage.local` under its own key, apart from the settings: it holds the app
 * password (and the encryption passphrase), which stay on this device — backups carry only the settings item.
 */
export interface SyncAccount {
  serverUrl: string;
  username: string;
  password: string;
  bookUrl: string;
  bookName: string;
  version: '4.0' | '3.0';
  /** The server keeps X- properties (probed when the book was chosen). */
  keepsPrivate: boolean;
  encrypt: boolean;
  passphrase: string;
  /** Per address book; read from the cards when another browser set encryption up. */
  salt: string;
  importForeign: boolean;
  enabled: boolean;
}

export interface SyncStatus {
  lastSyncAt: number | null;
  sent: number;
  received: number;
  lastError: { kind: string; message: string; at: number } | null;
  progress: { phase: 'receive' | 'send'; done: number; total: number } | null;
  needsPassphrase: boolean;
  foreign: number;
  failures: number;
}

export const EMPTY_STATUS: SyncStatus = {
  lastSyncAt: null,
  sent: 0,
  received: 0,
  lastError: null,
  progress: null,
  needsPassphrase: false,
  foreign: 0,
  failures: 0,
};

export const syncAccountItem = storage.defineItem<SyncAccount | null>('local:syncAccount', { fallback: null });
export const syncStatusItem = storage.defineItem<SyncStatus>('local:syncStatus', { fallback: EMPTY_STATUS });

/** "Remove": the password, the passphrase and the link to the book are forgotten on this device. */
export async function removeSyncAccount(): Promise<void> {
  await syncAccountItem.removeValue();
  await syncStatusItem.removeValue();
}
