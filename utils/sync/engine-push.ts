import { applySynced, getSyncMeta, setSyncMeta } from '../db/sync-apply';
import type { SyncState } from '../model/sync-state';
import { recordOf } from './local-record';
import { encodeRecord } from './codec';
import { deleteCard, getCard, putCard } from './dav';
import { absorbCard } from './engine-absorb';
import { contentOf, type SyncContext } from './engine-types';
import { SyncError } from './errors';
import type { SyncRecord } from './record';

const CURSOR = 'pushCursor';
/** Writes that began before a push scan but committed after it are caught by looking a little further back. */
const CURSOR_MARGIN_MS = 60_000;
const MAX_TRIES = 4;

/** People changed here since the last push: indexed reads only, so the cost follows the changes, not the book. */
async function changedHere(ctx: SyncContext, since: number): Promise<string[]> {
  const { db } = ctx;
  const [people, noteOwners, dirty] = await Promise.all([
    db.contacts.where('updatedAt').aboveOrEqual(since).primaryKeys(),
    db.notes
      .where('updatedAt')
      .aboveOrEqual(since)
      .toArray((rows) => rows.map((n) => n.contactId)),
    db.syncDirty.toCollection().primaryKeys(),
  ]);
  return [...new Set([...people, ...noteOwners, ...dirty])];
}

function cardUrl(book: string, id: string): string {
  return new URL(`${encodeURIComponent(id)}.vcf`, book.endsWith('/') ? book : `${book}/`).href;
}

async function localRecord(ctx: SyncContext, id: string): Promise<SyncRecord | null> {
  const { db } = ctx;
  const contact = await db.contacts.get(id);
  if (!contact) return null;
  const [notes, interactions] = await Promise.all([
    db.notes.where('contactId').equals(id).toArray(),
    db.interactions.where('contactId').equals(id).toArray(),
  ]);
  return recordOf(contact, notes, interactions);
}

/** The server holds something newer: fold it in here (three-way, through the write path), then try again. */
async function takeRemote(ctx: SyncContext, href: string): Promise<SyncState | null> {
  const card = await getCard(ctx.config, href);
  if (!card) return null;
  const item = await absorbCard(ctx, card);
  if (item) await applySynced(ctx.db, [item], ctx.now());
  return (await ctx.db.syncState.get(item?.contactId ?? '')) ?? null;
}

async function pushOne(ctx: SyncContext, id: string): Promise<void> {
  const { db, config, report } = ctx;
  for (let attempt = 0; attempt < MAX_TRIES; attempt++) {
    const state = (await db.syncState.get(id)) ?? null;
    if (state?.locked) return; // sealed with a passphrase this browser lacks: never overwrite what it cannot read
    const mine = await localRecord(ctx, id);
    if (!mine) {
      if (!state) return void (await db.syncDirty.delete(id));
      const done = await deleteCard(config, state.href, state.etag);
      if (done.ok) {
        await db.transaction('rw', db.syncState, db.syncDirty, async () => {
          await db.syncState.delete(id);
          await db.syncDirty.delete(id);
        });
        report.deletedThere++;
        return;
      }
      await takeRemote(ctx, state.href); // edited elsewhere since: that edit beats this deletion
      continue;
    }
    const withPrivate = config.keepsPrivate;
    const sent: SyncRecord = withPrivate ? mine : { ...mine, private: null };
    if (state && contentOf(sent, withPrivate) === contentOf(state.agreed, withPrivate))
      return void (await db.syncDirty.delete(id));
    const href = state?.href ?? cardUrl(config.bookUrl, id);
    const text = await encodeRecord(sent, config.version, config.key, ctx.now());
    const put = await putCard(config, href, text, state ? state.etag : null);
    if (put.ok) {
      await db.transaction('rw', db.syncState, db.syncDirty, async () => {
        await db.syncState.put({ contactId: id, href, etag: put.etag, agreed: sent });
        await db.syncDirty.delete(id);
      });
      report.sent++;
      return;
    }
    if (put.status === 404) {
      await db.syncState.delete(id); // gone from the server but changed here: sent again as a new card
      continue;
    }
    await takeRemote(ctx, href);
  }
  throw new SyncError(
    'conflict-loop',
    'A card kept changing on the server while Tsunagari was saving it; it will be tried again.',
  );
}

/** Sends what changed here; the cursor moves only after everything was sent. */
export async function push(ctx: SyncContext): Promise<void> {
  const { db, config } = ctx;
  const start = ctx.now();
  const cursor = await getSyncMeta(db, CURSOR);
  const since = typeof cursor === 'number' ? cursor - CURSOR_MARGIN_MS : 0;
  const ids = await changedHere(ctx, since);
  for (let i = 0; i < ids.length; i++) {
    await pushOne(ctx, ids[i]!);
    if (i % 50 === 49 || i === ids.length - 1) config.onProgress?.({ phase: 'send', done: i + 1, total: ids.length });
  }
  await setSyncMeta(db, CURSOR, start);
}
