import type { TsunagariDB } from '../db/database';
import { pull } from './engine-pull';
import { push } from './engine-push';
import { isRetryable } from './errors';
import type { SyncConfig, SyncContext, SyncReport } from './engine-types';

export type { SyncConfig, SyncReport, SyncProgress } from './engine-types';

function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * One sync with the address book (docs/SYNC.md): first what the server has (pull), then what changed here
 * (push). Both steps save their progress as they go, so running again after any failure or a stopped worker
 * continues where it stopped. A server failure or a lost connection is retried after the configured waits; the
 * error that remains is thrown as a SyncError with a kind the settings page puts into words.
 */
export async function runSync(db: TsunagariDB, config: SyncConfig): Promise<SyncReport> {
  const report: SyncReport = {
    received: 0,
    sent: 0,
    deletedHere: 0,
    deletedThere: 0,
    conflicts: 0,
    foreign: 0,
    locked: false,
    salt: null,
  };
  const ctx: SyncContext = { db, config, report, now: config.now ?? Date.now };
  const delays = config.retryDelaysMs ?? [1_000, 5_000];
  for (let attempt = 0; ; attempt++) {
    try {
      report.foreign = 0;
      await pull(ctx);
      await push(ctx);
      return report;
    } catch (error) {
      const delay = delays[attempt];
      if (delay === undefined || !isRetryable(error) || config.signal?.aborted) throw error;
      await wait(delay, config.signal);
    }
  }
}
