import { describe, expect, it } from 'vitest';
import { saveCapture } from '../../../utils/db/contacts';
import { DAY_MS } from '../../../utils/cadence/due';
import { linkedinPayload, testDb } from './test-db';

const T0 = Date.UTC(2026, 0, 10, 12);

describe('saveCapture', () => {
  it('gives one contact when the same profile is saved twice', async () => {
    const db = testDb();
    const payload = linkedinPayload('mirai-hoshino', {
      name: 'Mirai Hoshino',
      headline: 'Data engineer',
      company: 'Kumo Labs',
    });
    const first = await saveCapture(db, payload, {
      url: 'https://www.linkedin.com/in/mirai-hoshino/',
      cadenceDays: 30,
      now: T0,
    });
    const second = await saveCapture(db, payload, {
      url: 'https://jp.linkedin.com/in/mirai-hoshino/?trk=x',
      cadenceDays: 30,
      now: T0 + 1000,
    });
    expect(first.status).toBe('created');
    expect(second.status).toBe('unchanged');
    expect(second.contactId).toBe(first.contactId);
    expect(await db.contacts.count()).toBe(1);
    expect(await db.captures.count()).toBe(2);
  });

  it('updates changed fields and records a job change', async () => {
    const db = testDb();
    const url = 'https://www.linkedin.com/in/kenta-mori/';
    await saveCapture(
      db,
      linkedinPayload('kenta-mori', { name: 'Kenta Mori', title: 'Designer', company: 'Asa Studio' }),
      { url, cadenceDays: 30, now: T0 },
    );
    const result = await saveCapture(
      db,
      linkedinPayload('kenta-mori', { name: 'Kenta Mori', title: 'Design lead', company: 'Hikari Works' }),
      { url, cadenceDays: 30, now: T0 + DAY_MS },
    );
    expect(result).toMatchObject({ status: 'updated', jobChanged: true });
    const contact = await db.contacts.get(result.contactId);
    expect(contact?.company).toBe('Hikari Works');
    expect(contact?.jobChange).toEqual({
      from: 'Designer @ Asa Studio',
      to: 'Design lead @ Hikari Works',
      seenAt: T0 + DAY_MS,
    });
  });

  it('does not call a first-seen company a job change', async () => {
    const db = testDb();
    const url = 'https://www.linkedin.com/in/rin-aoki/';
    await saveCapture(db, linkedinPayload('rin-aoki', { name: 'Rin Aoki' }), { url, cadenceDays: 30, now: T0 });
    const result = await saveCapture(db, linkedinPayload('rin-aoki', { name: 'Rin Aoki', company: 'Nami Foods' }), {
      url,
      cadenceDays: 30,
      now: T0 + 1,
    });
    expect(result).toMatchObject({ status: 'updated', jobChanged: false });
  });

  it('derives dueAt from the cadence for a new person', async () => {
    const db = testDb();
    const { contactId } = await saveCapture(db, linkedinPayload('sora-ito', { name: 'Sora Ito' }), {
      url: 'https://www.linkedin.com/in/sora-ito/',
      cadenceDays: 14,
      now: T0,
    });
    expect((await db.contacts.get(contactId))?.dueAt).toBe(T0 + 14 * DAY_MS);
  });

  it('refuses a new person without a name and writes nothing', async () => {
    const db = testDb();
    await expect(
      saveCapture(db, linkedinPayload('nameless', { headline: 'Ghost' }), {
        url: 'https://www.linkedin.com/in/nameless/',
        cadenceDays: 30,
        now: T0,
      }),
    ).rejects.toThrow(/name/);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.captures.count()).toBe(0);
  });

  it('stores page text as clean text and drops unsafe links', async () => {
    const db = testDb();
    const { contactId } = await saveCapture(
      db,
      linkedinPayload('yui-kato', {
        name: ' Yui\u202E Kato\u200B <b>x</b> ',
        avatarUrl: 'javascript:alert(1)',
        websites: ['https://yui.example/', 'data:text/html,hi', 'javascript:alert(1)'],
      }),
      { url: 'https://www.linkedin.com/in/yui-kato/', cadenceDays: null, now: T0 },
    );
    const contact = await db.contacts.get(contactId);
    expect(contact?.name).toBe('Yui Kato <b>x</b>');
    expect(contact?.avatarUrl).toBe('');
    expect(contact?.websites).toEqual(['https://yui.example/']);
    expect(contact?.dueAt).toBeNull();
  });
});

describe('updateContact', () => {
  it('cleans an edit like a capture: no unsafe links, no control characters, no empty name', async () => {
    const { updateContact } = await import('../../../utils/db/contacts');
    const db = testDb();
    const { contactId } = await saveCapture(db, linkedinPayload('kai-endo', { name: 'Kai Endo' }), {
      url: 'https://www.linkedin.com/in/kai-endo/',
      cadenceDays: 30,
      now: T0,
    });
    const edited = await updateContact(db, contactId, {
      company: 'Umi\u202E Labs',
      websites: ['javascript:alert(1)', 'https://kai.example/'],
      avatarUrl: 'data:image/png;base64,AAAA',
      tags: ['#Climbing', 'climbing', ''],
    });
    expect(edited).toMatchObject({
      company: 'Umi Labs',
      websites: ['https://kai.example/'],
      avatarUrl: '',
      tags: ['climbing'],
    });
    await expect(updateContact(db, contactId, { name: ' \u200B ' })).rejects.toThrow(/name/);
    expect((await db.contacts.get(contactId))?.name).toBe('Kai Endo');
  });
});

describe('issue 12 item 9: the popup save with "how we met" is one transaction', () => {
  it('stores the person, the capture and how we met together', async () => {
    const { saveCapture } = await import('../../../utils/db/contacts');
    const { testDb, linkedinPayload } = await import('./test-db');
    const db = testDb();
    const result = await saveCapture(db, linkedinPayload('mei-takeda-demo', { name: 'Mei Takeda' }), {
      url: 'https://www.linkedin.com/in/mei-takeda-demo/',
      cadenceDays: 30,
      met: { context: 'coffee' },
      now: 1_700_000_000_000,
    });
    const stored = await db.contacts.get(result.contactId);
    expect(stored?.met.context).toBe('coffee');
    expect(stored?.met.date).toBe(1_700_000_000_000);
    expect(await db.captures.count()).toBe(1);
  });

  it('a failure writing how we met leaves nothing: no person, no capture', async () => {
    const { saveCapture } = await import('../../../utils/db/contacts');
    const { testDb, linkedinPayload } = await import('./test-db');
    const db = testDb();
    // The second write of the person (how we met) fails, as on a full disk.
    db.contacts.hook('updating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(
      saveCapture(db, linkedinPayload('mei-takeda-demo', { name: 'Mei Takeda' }), {
        url: 'https://www.linkedin.com/in/mei-takeda-demo/',
        cadenceDays: 30,
        met: { context: 'coffee' },
      }),
    ).rejects.toBeTruthy();
    expect(await db.contacts.count()).toBe(0);
    expect(await db.captures.count()).toBe(0);
  });
});
