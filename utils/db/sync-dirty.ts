import type { TsunagariDB } from './database';

/** Marks people for the next sync's push; call inside a transaction that includes `syncDirty`. */
export async function markSyncDirty(db: TsunagariDB, contactIds: readonly string[], now = Date.now()): Promise<void> {
  if (contactIds.length) await db.syncDirty.bulkPut(contactIds.map((contactId) => ({ contactId, at: now })));
}
