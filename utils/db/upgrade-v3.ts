import type { Transaction } from 'dexie';

/**
 * Version 2 → 3: the sync tables start empty, so a person saved before sync was turned on is simply "not yet
 * synced" (the first sync pushes everyone). What the upgrade must guarantee is that no note is missed by the new
 * `notes.updatedAt` index: a note without a numeric `updatedAt` (written before the field was required) would be
 * left out of the index, so it gets its `createdAt`.
 */
export async function upgradeToV3(tx: Transaction): Promise<void> {
  await tx
    .table<{ updatedAt?: unknown; createdAt?: unknown }, string>('notes')
    .filter((note) => typeof note.updatedAt !== 'number')
    .modify((note) => {
      note.updatedAt = typeof note.createdAt === 'number' ? note.createdAt : 0;
    });
}
