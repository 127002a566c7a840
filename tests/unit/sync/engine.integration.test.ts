// @vitest-environment node
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startRadicale, type Radicale } from '../../support/radicale';
import { basicAuth, device, newBook } from './sync-harness';
import { applyIncoming, editContact } from '../../../utils/db/write-path';
import { addNote } from '../../../utils/db/notes';
import { logInteraction } from '../../../utils/db/interactions';
import { deletePeople } from '../../../utils/db/delete';
import { deriveKey, newSalt } from '../../../utils/sync/crypto';
import { SyncError } from '../../../utils/sync/errors';
import { keepsExtensionProperties } from '../../../utils/sync/probe';
import type { TsunagariDB } from '../../../utils/db/database';

let server: Radicale;
beforeAll(async () => {
  server = await startRadicale();
});
afterAll(async () => {
  await server?.stop();
});

async function person(db: TsunagariDB, name: string, extra: Record<string, unknown> = {}): Promise<string> {
  const r = await applyIncoming(
    db,
    { name, company: 'Kairo Labs', emails: [`${name.split(' ')[0]!.toLowerCase()}@kairo.example`], ...extra },
    { source: 'capture' },
  );
  return r.contactId;
}

async function rawCard(href: string): Promise<{ text: string; etag: string }> {
  const res = await fetch(href, { headers: { Authorization: basicAuth(server) } });
  return { text: await res.text(), etag: res.headers.get('ETag') ?? '' };
}

describe('CardDAV sync against Radicale', () => {
  it('first sync pushes from A and pulls into B with notes and interactions; the server keeps X- properties', async () => {
    const book = await newBook(server);
    expect(
      await keepsExtensionProperties(
        { serverUrl: server.url, username: server.user, password: server.password },
        book,
        '4.0',
      ),
    ).toBe(true);
    const a = device(server, book);
    const b = device(server, book);
    const id = await person(a.db, 'Mirei Hoshino');
    await addNote(a.db, id, 'Asked about the Onagawa buoy pilot');
    await logInteraction(a.db, id, { kind: 'coffee', note: 'Tully’s' });
    const sentA = await a.sync();
    expect(sentA.sent).toBe(1);
    const gotB = await b.sync();
    expect(gotB.received).toBe(1);
    expect((await b.db.contacts.get(id))?.name).toBe('Mirei Hoshino');
    expect((await b.db.notes.where('contactId').equals(id).toArray()).map((n) => n.body)).toEqual([
      'Asked about the Onagawa buoy pilot',
    ]);
    expect(await b.db.interactions.where('contactId').equals(id).count()).toBe(1);
    // Nothing changed: a second round sends and receives nothing (no ping-pong between the two).
    expect(await b.sync()).toMatchObject({ sent: 0, received: 0 });
    expect(await a.sync()).toMatchObject({ sent: 0, received: 0 });
  });

  it('incremental: different fields edited in A and B both survive, and a note added in B reaches A', async () => {
    const book = await newBook(server);
    const a = device(server, book);
    const b = device(server, book);
    const id = await person(a.db, 'Daichi Okada');
    await a.sync();
    await b.sync();
    await editContact(a.db, id, { title: 'CTO' });
    await editContact(b.db, id, { location: 'Sendai' });
    await addNote(b.db, id, 'Prefers mornings');
    await a.sync();
    await b.sync();
    await a.sync();
    for (const d of [a, b]) {
      expect(await d.db.contacts.get(id)).toMatchObject({ title: 'CTO', location: 'Sendai' });
      expect((await d.db.notes.where('contactId').equals(id).toArray()).map((n) => n.body)).toEqual([
        'Prefers mornings',
      ]);
    }
  });

  it('a 412 on If-Match (the card changed between pull and push) is merged field by field and retried', async () => {
    const book = await newBook(server);
    const a = device(server, book);
    const b = device(server, book);
    const id = await person(a.db, 'Aoi Tanaka');
    await a.sync();
    await b.sync();
    await editContact(b.db, id, { location: 'Osaka' });
    await b.sync();
    await editContact(a.db, id, { title: 'Designer' });
    let raced = false;
    // A's pull happens first; B's later write lands after it, right before A's PUT: a real 412.
    const report = await a.sync({
      fetch: async (input, init) => {
        if (!raced && init?.method === 'PUT') {
          raced = true;
          await editContact(b.db, id, { company: 'Umi Works' });
          await b.sync();
        }
        return fetch(input, init);
      },
    });
    expect(raced).toBe(true);
    expect(report.sent).toBe(1);
    await b.sync();
    for (const d of [a, b])
      expect(await d.db.contacts.get(id)).toMatchObject({ title: 'Designer', location: 'Osaka', company: 'Umi Works' });
  });

  it('a phone rewrites the card (new FN and TEL, X- properties dropped): name and phone change, notes stay, the card gets its part back', async () => {
    const book = await newBook(server);
    const a = device(server, book);
    const id = await person(a.db, 'Ken Sato');
    await addNote(a.db, id, 'Met at the Sendai meetup');
    await a.sync();
    const href = (await a.db.syncState.get(id))!.href;
    const { etag } = await rawCard(href);
    const phone = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      `UID:${id}`,
      'FN:Kenji Sato',
      'N:Sato;Kenji;;;',
      'TEL;TYPE=CELL:+81 90 5555 0199',
      'END:VCARD',
      '',
    ].join('\r\n');
    const put = await fetch(href, {
      method: 'PUT',
      body: phone,
      headers: { Authorization: basicAuth(server), 'If-Match': etag, 'Content-Type': 'text/vcard' },
    });
    expect(put.ok).toBe(true);
    await a.sync();
    expect(await a.db.contacts.get(id)).toMatchObject({
      name: 'Kenji Sato',
      phones: ['+81 90 5555 0199'],
      company: 'Kairo Labs',
    });
    expect((await a.db.notes.where('contactId').equals(id).toArray()).map((n) => n.body)).toEqual([
      'Met at the Sendai meetup',
    ]);
    expect((await rawCard(href)).text).toContain('X-TSUNAGARI-DATA');
  });

  it('deletions travel both ways', async () => {
    const book = await newBook(server);
    const a = device(server, book);
    const b = device(server, book);
    const gone = await person(a.db, 'Haruka Mori');
    const other = await person(a.db, 'Sora Ito');
    await a.sync();
    await b.sync();
    await deletePeople(a.db, [gone]);
    expect((await a.sync()).deletedThere).toBe(1);
    expect(await b.sync()).toMatchObject({ deletedHere: 1 });
    expect(await b.db.contacts.get(gone)).toBeUndefined();
    const href = (await b.db.syncState.get(other))!.href;
    const del = await fetch(href, { method: 'DELETE', headers: { Authorization: basicAuth(server) } });
    expect(del.ok).toBe(true);
    await a.sync();
    expect(await a.db.contacts.count()).toBe(0);
  });

  it('with encryption the server files hold no note text; B sees the card, asks for the passphrase, then reads it', async () => {
    const book = await newBook(server);
    const salt = newSalt();
    const key = await deriveKey('tide sensor passphrase', salt, 1000);
    const a = device(server, book, { key });
    const b = device(server, book);
    const id = await person(a.db, 'Yui Nakamura', { about: 'Grew up in Ishinomaki' });
    await addNote(a.db, id, 'Secret plan: the Onagawa buoy');
    await a.sync();
    const stored = server.storedText(book);
    expect(stored).toContain('Yui Nakamura');
    expect(stored).not.toContain('Onagawa');
    expect(stored).not.toContain('Ishinomaki');
    const locked = await b.sync();
    expect(locked).toMatchObject({ locked: true, salt });
    expect((await b.db.contacts.get(id))?.name).toBe('Yui Nakamura');
    expect(await b.db.notes.count()).toBe(0);
    // The passphrase entered: the book is read again with the key.
    await b.db.syncState.toCollection().modify({ etag: 'stale' });
    await b.db.syncMeta.clear();
    await b.sync({ key: await deriveKey('tide sensor passphrase', salt, 1000) });
    expect((await b.db.notes.where('contactId').equals(id).toArray()).map((n) => n.body)).toEqual([
      'Secret plan: the Onagawa buoy',
    ]);
    await b.db.syncState.toCollection().modify({ etag: 'stale' });
    await b.db.syncMeta.clear();
    const wrong = await b.sync({ key: await deriveKey('wrong', salt, 1000) }).catch((e: unknown) => e);
    expect((wrong as SyncError).kind).toBe('passphrase');
  });

  it('a server failing with 500, or not answering, gives a clear error and loses nothing', async () => {
    const book = await newBook(server);
    const a = device(server, book);
    const id = await person(a.db, 'Rin Kato');
    await addNote(a.db, id, 'Keep me');
    const failing = await a.sync({ fetch: async () => new Response('down', { status: 500 }) }).catch((e: unknown) => e);
    expect(failing).toBeInstanceOf(SyncError);
    expect((failing as SyncError).kind).toBe('server');
    const silent = await a
      .sync({
        timeoutMs: 200,
        fetch: (_input, init) =>
          new Promise((_resolve, reject) =>
            init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
          ),
      })
      .catch((e: unknown) => e);
    expect((silent as SyncError).kind).toBe('timeout');
    const refused = await a.sync({ password: 'wrong' }).catch((e: unknown) => e);
    expect((refused as SyncError).kind).toBe('auth');
    expect(await a.db.notes.count()).toBe(1);
    expect((await a.sync()).sent).toBe(1);
    expect(server.storedText(book)).toContain('Rin Kato');
  });
});
