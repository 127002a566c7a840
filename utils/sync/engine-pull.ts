import { applySynced, getSyncMeta, removeSynced, setSyncMeta, type SyncedPerson } from '../db/sync-apply';
import { recordOf } from './local-record';
import { changesSince, getCards, listCards, type CardRef } from './dav';
import { absorbCard } from './engine-absorb';
import { contentOf, type SyncContext } from './engine-types';

const TOKEN = 'syncToken';

/** Which cards changed and which went away: RFC 6578 with the stored token, else an ETag listing against state. */
async function whatChanged(ctx: SyncContext): Promise<{ changed: CardRef[]; deleted: string[]; token: string | null }> {
  const { db, config } = ctx;
  const token = await getSyncMeta(db, TOKEN);
  const changes = await changesSince(config, config.bookUrl, typeof token === 'string' ? token : '');
  if (changes) return changes;
  const listed = await listCards(config, config.bookUrl);
  const present = new Set(listed.map((c) => c.href));
  const known = await db.syncState.toArray();
  return { changed: listed, deleted: known.filter((s) => !present.has(s.href)).map((s) => s.href), token: null };
}

/**
 * Brings the server's changes here, a batch at a time; each batch is applied with its cards' state in one
 * transaction, and the token is stored only once every change is in, so a stop anywhere resumes without loss and,
 * because a card whose ETag is already known is skipped, without applying anything twice.
 */
export async function pull(ctx: SyncContext): Promise<void> {
  const { db, config } = ctx;
  const size = config.batchSize ?? 200;
  const { changed, deleted, token } = await whatChanged(ctx);
  const fresh: CardRef[] = [];
  for (let i = 0; i < changed.length; i += 500) {
    const slice = changed.slice(i, i + 500);
    const states = await db.syncState
      .where('href')
      .anyOf(slice.map((c) => c.href))
      .toArray();
    const etags = new Map(states.map((s) => [s.href, s.etag]));
    for (const c of slice) if (!c.etag || etags.get(c.href) !== c.etag) fresh.push(c);
  }
  for (let i = 0; i < fresh.length; i += size) {
    const cards = await getCards(
      config,
      config.bookUrl,
      fresh.slice(i, i + size).map((c) => c.href),
    );
    const items: SyncedPerson[] = [];
    for (const card of cards) {
      const item = await absorbCard(ctx, card);
      if (item) items.push(item);
    }
    if (items.length) await applySynced(db, items, ctx.now());
    config.onProgress?.({ phase: 'receive', done: Math.min(i + size, fresh.length), total: fresh.length });
  }
  if (deleted.length) {
    const states = await db.syncState.where('href').anyOf(deleted).toArray();
    const remove: string[] = [];
    for (const state of states) {
      const local = await db.contacts.get(state.contactId);
      if (!local) {
        await db.syncState.delete(state.contactId);
        continue;
      }
      const [notes, interactions] = await Promise.all([
        db.notes.where('contactId').equals(local.id).toArray(),
        db.interactions.where('contactId').equals(local.id).toArray(),
      ]);
      const mine = recordOf(local, notes, interactions);
      // Changed here since the card was last agreed: the edit beats the deletion, the push sends the card again.
      const full = state.agreed.private !== null;
      if (contentOf(mine, full) === contentOf(state.agreed, full)) remove.push(local.id);
      else await db.syncState.delete(state.contactId);
    }
    if (remove.length) await removeSynced(db, remove);
    ctx.report.deletedHere += remove.length;
  }
  if (token !== null) await setSyncMeta(db, TOKEN, token);
}
