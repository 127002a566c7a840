// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startRadicale, type Radicale } from '../../support/radicale';
import { newBook } from './sync-harness';
import { testDb } from '../db/test-db';
import { applyIncoming } from '../../../utils/db/write-path';
import { syncWithAccount, backoffUntil } from '../../../utils/sync/run-configured';
import { syncAccountItem, syncStatusItem, type SyncAccount } from '../../../utils/settings/sync-account';
import { createBackup, backupToJson } from '../../../utils/io/backup';
import { getSettings } from '../../../utils/settings/items';
import {
  ensureSyncAlarm,
  registerSync,
  syncSoon,
  SYNC_ALARM,
  SYNC_SOON_ALARM,
} from '../../../entrypoints/background/sync';

let server: Radicale;
beforeAll(async () => {
  server = await startRadicale();
});
afterAll(async () => {
  await server?.stop();
});

async function account(over: Partial<SyncAccount> = {}): Promise<SyncAccount> {
  const value: SyncAccount = {
    serverUrl: server.url,
    username: server.user,
    password: server.password,
    bookUrl: await newBook(server),
    bookName: 'People',
    version: '4.0',
    keepsPrivate: true,
    encrypt: false,
    passphrase: '',
    salt: '',
    importForeign: false,
    enabled: true,
    ...over,
  };
  await syncAccountItem.setValue(value);
  return value;
}

describe('sync with the account saved on this device', () => {
  it('does nothing without an account; records what it sent, and a failure in plain kinds with a backoff', async () => {
    const db = testDb();
    expect(await syncWithAccount(db)).toBeNull();
    await account();
    await applyIncoming(db, { name: 'Nao Fujii' }, { source: 'capture' });
    let t = 1_800_000_000_000;
    const now = () => t;
    const failed = await syncWithAccount(db, {
      now,
      retryDelaysMs: [],
      fetch: async () => new Response('', { status: 503 }),
    });
    expect(failed?.lastError?.kind).toBe('server');
    expect(failed?.failures).toBe(1);
    expect(backoffUntil(failed!)).toBe(t + 2 * 60_000);
    // The periodic run waits out the backoff; "Sync now" does not.
    expect(await syncWithAccount(db, { now })).toBeNull();
    const ok = await syncWithAccount(db, { now, force: true });
    expect(ok).toMatchObject({ sent: 1, lastError: null, failures: 0, lastSyncAt: t });
    expect(await syncStatusItem.getValue()).toMatchObject({ sent: 1 });
    t += 1;
  });

  it('the app password and passphrase never reach a backup', async () => {
    const db = testDb();
    await account({ password: 'secret-app-password-42', passphrase: 'secret-passphrase-42' });
    const json = backupToJson(await createBackup(db, { settings: await getSettings() }));
    expect(json).not.toContain('secret-app-password-42');
    expect(json).not.toContain('secret-passphrase-42');
  });

  it('the background keeps a periodic alarm, debounces writes into one soon-alarm, and syncs when it fires', async () => {
    const db = testDb();
    await account();
    registerSync(db);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await fakeBrowser.alarms.get(SYNC_ALARM)).toMatchObject({ periodInMinutes: 15 });
    await syncSoon();
    await syncSoon();
    expect((await fakeBrowser.alarms.getAll()).filter((a) => a.name === SYNC_SOON_ALARM)).toHaveLength(1);
    await applyIncoming(db, { name: 'Kaito Ueda' }, { source: 'capture' });
    await fakeBrowser.alarms.onAlarm.trigger({
      name: SYNC_SOON_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    } as Parameters<typeof fakeBrowser.alarms.onAlarm.trigger>[0]);
    expect(await syncStatusItem.getValue()).toMatchObject({ sent: 1, lastError: null });
  });

  it('without an account the worker keeps no sync alarm, and removing the account clears them', async () => {
    const db = testDb();
    registerSync(db);
    await new Promise((resolve) => setImmediate(resolve));
    await syncSoon();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
    await account();
    await ensureSyncAlarm();
    await syncSoon();
    expect((await fakeBrowser.alarms.getAll()).map((a) => a.name).sort()).toEqual([SYNC_ALARM, SYNC_SOON_ALARM]);
    await syncAccountItem.setValue(null);
    await ensureSyncAlarm();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });
});
