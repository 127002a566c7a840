import { testDb } from '../db/test-db';
import { runSync, type SyncConfig } from '../../../utils/sync/engine';
import { createBook, listBooks } from '../../../utils/sync/dav';
import type { TsunagariDB } from '../../../utils/db/database';
import type { Radicale } from '../../support/radicale';

/** Two browsers ("devices") syncing one Radicale address book. */
export async function newBook(server: Radicale, name = 'People'): Promise<string> {
  const conn = { serverUrl: server.url, username: server.user, password: server.password };
  const { home } = await listBooks(conn);
  return (await createBook(conn, home, name)).url;
}

export function configFor(server: Radicale, bookUrl: string, over: Partial<SyncConfig> = {}): SyncConfig {
  return {
    serverUrl: server.url,
    username: server.user,
    password: server.password,
    bookUrl,
    version: '4.0',
    keepsPrivate: true,
    key: null,
    retryDelaysMs: [],
    timeoutMs: 10_000,
    ...over,
  };
}

export interface Device {
  db: TsunagariDB;
  sync(over?: Partial<SyncConfig>): ReturnType<typeof runSync>;
}

export function device(server: Radicale, bookUrl: string, base: Partial<SyncConfig> = {}): Device {
  const db = testDb();
  return { db, sync: (over = {}) => runSync(db, configFor(server, bookUrl, { ...base, ...over })) };
}

export function basicAuth(server: Radicale): string {
  return `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`;
}
