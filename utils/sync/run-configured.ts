import type { TsunagariDB } from '../db/database';
import {
  syncAccountItem,
  syncStatusItem,
  EMPTY_STATUS,
  type SyncAccount,
  type SyncStatus,
} from '../settings/sync-account';
import { deriveKey, type SyncKey } from './crypto';
import { runSync } from './engine';
import { SyncError } from './errors';

let cachedKey: { passphrase: string; salt: string; key: SyncKey } | null = null;
let runningHere = false;

async function keyFor(account: SyncAccount): Promise<SyncKey | null> {
  if (!account.encrypt || !account.passphrase || !account.salt) return null;
  if (cachedKey?.passphrase === account.passphrase && cachedKey.salt === account.salt) return cachedKey.key;
  const key = await deriveKey(account.passphrase, account.salt);
  cachedKey = { passphrase: account.passphrase, salt: account.salt, key };
  return key;
}

/** After a failure the periodic run waits 2, 4, 8 … minutes (at most an hour) before trying the server again. */
export function backoffUntil(status: SyncStatus): number {
  if (!status.failures || !status.lastError) return 0;
  return status.lastError.at + Math.min(60, 2 ** status.failures) * 60_000;
}

/** One lock across the worker and the pages (Web Locks), so two syncs never run at once. */
function exclusive<T>(run: () => Promise<T>): Promise<T | null> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks)
    return locks.request('tsunagari-sync', { ifAvailable: true }, async (lock): Promise<T | null> =>
      lock ? run() : null,
    ) as Promise<T | null>;
  if (runningHere) return Promise.resolve(null);
  runningHere = true;
  return run().finally(() => {
    runningHere = false;
  });
}

/**
 * Runs a sync with the account saved on this device and records the outcome for Settings → Sync. `force`
 * (the "Sync now" button) ignores the backoff. Returns null when sync is off or another run holds the lock.
 */
export function syncWithAccount(
  db: TsunagariDB,
  options: { force?: boolean; fetch?: typeof fetch; now?: () => number; retryDelaysMs?: readonly number[] } = {},
): Promise<SyncStatus | null> {
  const now = options.now ?? Date.now;
  return exclusive(async () => {
    const account = await syncAccountItem.getValue();
    if (!account?.enabled || !account.bookUrl) return null;
    const before = { ...EMPTY_STATUS, ...(await syncStatusItem.getValue()) };
    if (!options.force && now() < backoffUntil(before)) return null;
    let lastWrite = 0;
    try {
      const report = await runSync(db, {
        serverUrl: account.serverUrl,
        username: account.username,
        password: account.password,
        bookUrl: account.bookUrl,
        version: account.version,
        keepsPrivate: account.keepsPrivate,
        key: await keyFor(account),
        importForeign: account.importForeign,
        fetch: options.fetch,
        ...(options.retryDelaysMs ? { retryDelaysMs: options.retryDelaysMs } : {}),
        now,
        onProgress: (progress) => {
          // Storage writes are throttled: a 30,000-card first sync reports often.
          if (now() - lastWrite < 300 && progress.done < progress.total) return;
          lastWrite = now();
          void syncStatusItem.setValue({ ...before, progress });
        },
      });
      if (report.salt && report.salt !== account.salt)
        await syncAccountItem.setValue({ ...account, salt: report.salt });
      const status: SyncStatus = {
        ...before,
        lastSyncAt: now(),
        sent: report.sent + report.deletedThere,
        received: report.received + report.deletedHere,
        lastError: null,
        progress: null,
        needsPassphrase: report.locked,
        foreign: report.foreign,
        failures: 0,
      };
      await syncStatusItem.setValue(status);
      return status;
    } catch (error) {
      const kind = error instanceof SyncError ? error.kind : 'protocol';
      const status: SyncStatus = {
        ...before,
        progress: null,
        lastError: { kind, message: error instanceof Error ? error.message : String(error), at: now() },
        failures: before.failures + 1,
      };
      await syncStatusItem.setValue(status);
      return status;
    }
  });
}
