// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRadicale, type Radicale } from '../../support/radicale';
import { device, newBook } from './sync-harness';
import { encodeRecord } from '../../../utils/sync/codec';
import { recordOf } from '../../../utils/sync/local-record';
import { newContact } from '../../../utils/db/new-contact';
import { applyIncoming, editContact } from '../../../utils/db/write-path';
import { listCards } from '../../../utils/sync/dav';

let server: Radicale;
beforeAll(async () => {
  server = await startRadicale();
});
afterAll(async () => {
  await server?.stop();
});

const conn = () => ({ serverUrl: server.url, username: server.user, password: server.password });

/** A fetch that "stops the worker" (fails like a killed one) on the n-th request, then works again. */
function dyingAt(n: number): typeof fetch {
  let count = 0;
  return (input, init) => {
    count += 1;
    if (count === n) return Promise.reject(new Error('worker stopped'));
    return fetch(input, init);
  };
}

describe('resumable, idempotent sync', () => {
  it('a 1,000-person first sync stopped at several moments ends with exactly the same 1,000 people on both sides', async () => {
    const url = `${server.url}${server.user}/big-${Math.random().toString(36).slice(2, 8)}/`;
    const cards: string[] = [];
    for (let i = 0; i < 1000; i++) {
      const c = newContact(
        { id: `p-${String(i).padStart(4, '0')}`, name: `Person ${i}`, emails: [`p${i}@example.invalid`] },
        1_700_000_000_000,
      );
      cards.push(
        await encodeRecord(
          recordOf(c, [{ id: `n-${i}`, contactId: c.id, body: `note ${i}`, createdAt: 1, updatedAt: 1 }], []),
          '4.0',
          null,
        ),
      );
    }
    await server.seed(url, cards);
    const b = device(server, url, { batchSize: 100 });
    for (const stopAt of [4, 3, 6]) {
      await expect(b.sync({ fetch: dyingAt(stopAt) })).rejects.toThrow();
    }
    const finished = await b.sync();
    // Cards that came from the server are not sent back to it.
    expect(finished.sent).toBe(0);
    expect(await b.db.contacts.count()).toBe(1000);
    expect(await b.db.notes.count()).toBe(1000);
    expect(await b.db.syncState.count()).toBe(1000);
    expect(await b.db.duplicateReviews.count()).toBe(0);
    // Running again changes nothing and sends nothing back.
    expect(await b.sync()).toMatchObject({ received: 0, sent: 0 });
    expect((await listCards(conn(), url)).length).toBe(1000);
  }, 120_000);

  it('a push stopped midway resumes without duplicate cards', async () => {
    const book = await newBook(server);
    const a = device(server, book);
    for (let i = 0; i < 40; i++)
      await applyIncoming(a.db, { name: `Pushed ${i}`, emails: [`push${i}@example.invalid`] }, { source: 'capture' });
    await expect(a.sync({ fetch: dyingAt(25) })).rejects.toThrow();
    await a.sync();
    const listed = await listCards(conn(), book);
    expect(listed.length).toBe(40);
    expect(await a.db.syncState.count()).toBe(40);
    const b = device(server, book);
    await b.sync();
    expect(await b.db.contacts.count()).toBe(40);
    // 40 single PUTs to a real server: 1.7 s idle, past the 5 s default on a loaded two-core machine.
  }, 30_000);

  it('both sides changed the same field differently: the later value shows and the other is kept in a note', async () => {
    const book = await newBook(server);
    const a = device(server, book);
    const b = device(server, book);
    const { contactId: id } = await applyIncoming(a.db, { name: 'Emi Abe', title: 'Engineer' }, { source: 'capture' });
    await a.sync();
    await b.sync();
    await editContact(a.db, id, { title: 'Lead engineer' }, Date.now());
    await editContact(b.db, id, { title: 'Architect' }, Date.now() + 1000);
    await b.sync();
    const report = await a.sync();
    expect(report.conflicts).toBe(1);
    expect((await a.db.contacts.get(id))?.title).toBe('Architect');
    const notes = await a.db.notes.where('contactId').equals(id).toArray();
    expect(notes.map((n) => n.body).join('\n')).toMatch(/Lead engineer.*Architect/);
    await b.sync();
    expect(await b.db.notes.where('contactId').equals(id).count()).toBe(1);
  });

  it('cards the user already had in the book are left alone unless imported', async () => {
    const book = await newBook(server);
    const foreign = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'UID:phone-owned-1',
      'FN:Grandma',
      'N:;Grandma;;;',
      'TEL:+81 3 5555 0100',
      'END:VCARD',
      '',
    ].join('\r\n');
    const put = await fetch(`${book}phone-owned-1.vcf`, {
      method: 'PUT',
      body: foreign,
      headers: {
        Authorization: `Basic ${Buffer.from(`${server.user}:${server.password}`).toString('base64')}`,
        'Content-Type': 'text/vcard',
      },
    });
    expect(put.ok).toBe(true);
    const a = device(server, book);
    expect(await a.sync()).toMatchObject({ foreign: 1, received: 0 });
    expect(await a.db.contacts.count()).toBe(0);
    await a.db.syncMeta.clear();
    await a.sync({ importForeign: true });
    expect((await a.db.contacts.toArray()).map((c) => c.name)).toEqual(['Grandma']);
  });
});
