import { describe, expect, it, vi } from 'vitest';
import { routeMessage, type RouterDeps } from '../../../entrypoints/background/router';
import { linkedinPayload, testDb } from '../db/test-db';

/*
 * What tests/unit/messaging/router.test.ts does not already prove: every string and list in a message is
 * capped, malformed or unknown messages are refused from every kind of sender, and what a content script gets
 * back is the minimum (a page script in the same tab must learn nothing about the user's book from it).
 */

const self = { id: 'tsunagari-id', origin: 'chrome-extension://tsunagari-id/' };
const profileUrl = 'https://www.linkedin.com/in/nao-kimura/';
const contentSender = { id: self.id, url: profileUrl, frameId: 0, tab: { id: 9, url: profileUrl } };
const pageSender = { id: self.id, url: `${self.origin}popup.html` };

function deps(): RouterDeps & { onWrite: ReturnType<typeof vi.fn> } {
  return { db: testDb(), self, onWrite: vi.fn(async () => undefined) };
}

function captureWith(fields: Record<string, unknown>, over: Record<string, unknown> = {}) {
  return {
    type: 'capture',
    payload: {
      ...linkedinPayload('nao-kimura', { name: 'Nao Kimura' }),
      ...over,
      fields: { name: 'Nao Kimura', ...fields },
    },
  };
}

async function expectRefusedAndNothingWritten(message: unknown, sender: object) {
  const d = deps();
  const reply = await routeMessage(message, sender, d);
  expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused: bad message/) });
  expect(Object.keys(reply).sort()).toEqual(['error', 'ok']);
  expect(await d.db.contacts.count()).toBe(0);
  expect(await d.db.captures.count()).toBe(0);
  expect(d.onWrite).not.toHaveBeenCalled();
}

describe('strings and lists in messages are capped', () => {
  const overCap: Array<[string, unknown]> = [
    ['a name over 1,000 characters', captureWith({ name: 'n'.repeat(1001) })],
    ['a headline over 2,000 characters', captureWith({ headline: 'h'.repeat(2001) })],
    ['a company over 1,000 characters', captureWith({ company: 'c'.repeat(1001) })],
    ['a title over 1,000 characters', captureWith({ title: 't'.repeat(1001) })],
    ['a location over 1,000 characters', captureWith({ location: 'l'.repeat(1001) })],
    [
      'a photo address over 4,096 characters',
      captureWith({ avatarUrl: `https://media.licdn.com/${'a'.repeat(4096)}` }),
    ],
    ['an about text over 20,000 characters', captureWith({ about: 'a'.repeat(20_001) })],
    ['a birthday over 100 characters', captureWith({ birthday: '1'.repeat(101) })],
    ['one email over 1,000 characters', captureWith({ emails: [`${'e'.repeat(1000)}@example.com`] })],
    ['more than 50 emails', captureWith({ emails: Array.from({ length: 51 }, (_, i) => `p${i}@example.com`) })],
    [
      'more than 50 phone numbers',
      captureWith({ phones: Array.from({ length: 51 }, (_, i) => `+81 90 0000 ${String(i).padStart(4, '0')}`) }),
    ],
    [
      'more than 50 websites',
      captureWith({ websites: Array.from({ length: 51 }, (_, i) => `https://site${i}.example/`) }),
    ],
    ['a profile key over 2,100 characters', captureWith({}, { profileKey: `linkedin:${'k'.repeat(2100)}` })],
    [
      'a profile address over 4,096 characters',
      captureWith({}, { profile: { kind: 'linkedin', url: `https://www.linkedin.com/in/${'u'.repeat(4096)}` } }),
    ],
    ['a lookup key over 300 characters', { type: 'lookup', profileKey: `linkedin:${'k'.repeat(300)}` }],
  ];

  for (const [what, message] of overCap) {
    it(`refuses ${what} and writes nothing`, async () => {
      await expectRefusedAndNothingWritten(message, contentSender);
    });
  }

  it('stores a field that fits the message cap only up to the tighter storage cap', async () => {
    const d = deps();
    const reply = await routeMessage(
      captureWith({ name: '名'.repeat(900), about: 'a'.repeat(19_000) }),
      contentSender,
      d,
    );
    expect(reply).toMatchObject({ ok: true, status: 'created' });
    const [stored] = await d.db.contacts.toArray();
    expect(stored!.name).toBe('名'.repeat(200));
    expect(stored!.about.length).toBe(5_000);
  });
});

describe('unknown and malformed messages are refused', () => {
  const malformed: Array<[string, unknown]> = [
    ['null', null],
    ['undefined', undefined],
    ['a number', 42],
    ['an array', [{ type: 'lookup', profileKey: 'linkedin:nao-kimura' }]],
    ['an object without a type', { profileKey: 'linkedin:nao-kimura' }],
    ['a type with different case', { type: 'Capture', payload: captureWith({}).payload }],
    ['a capture without a payload', { type: 'capture' }],
    [
      'a capture whose fields are a string',
      { type: 'capture', payload: { ...captureWith({}).payload, fields: 'Nao' } },
    ],
    ['a capture from an unknown source', captureWith({}, { source: 'evil' })],
    ['a lookup with an empty key', { type: 'lookup', profileKey: '' }],
    ['a lookup with a numeric key', { type: 'lookup', profileKey: 7 }],
    ['an invented type', { type: 'export-everything' }],
    ['a prototype-polluting type', JSON.parse('{"type":"__proto__","__proto__":{"ok":true}}')],
  ];

  for (const [what, message] of malformed) {
    it(`refuses ${what} from a content script`, async () => {
      await expectRefusedAndNothingWritten(message, contentSender);
    });
  }

  for (const [what, message] of [
    ['a capture (pages write the database themselves)', captureWith({})],
    ['a lookup', { type: 'lookup', profileKey: 'linkedin:nao-kimura' }],
    ['an invented type', { type: 'delete-all' }],
    ['a data-changed message of the wrong shape', 'data-changed'],
  ] as Array<[string, unknown]>) {
    it(`refuses ${what} from an extension page`, async () => {
      await expectRefusedAndNothingWritten(message, pageSender);
    });
  }
});

describe('replies carry the minimum, as plain data', () => {
  it('a lookup answer is exactly {ok, saved}, without any stored field', async () => {
    const d = deps();
    await routeMessage(
      captureWith({ headline: 'Secret headline', emails: ['nao@example.com'], about: 'Private about text' }),
      contentSender,
      d,
    );
    const reply = await routeMessage({ type: 'lookup', profileKey: 'linkedin:nao-kimura' }, contentSender, d);
    expect(Object.keys(reply).sort()).toEqual(['ok', 'saved']);
    expect(reply).toStrictEqual({ ok: true, saved: true });
  });

  it('a capture answer tells only how the save went, not the record or its id', async () => {
    const d = deps();
    const reply = await routeMessage(captureWith({ headline: 'Gardener' }), contentSender, d);
    expect(Object.keys(reply).sort()).toEqual(['jobChanged', 'ok', 'status']);
    const [stored] = await d.db.contacts.toArray();
    expect(JSON.stringify(reply)).not.toContain(stored!.id);
  });

  it('a refusal is exactly {ok: false, error} and echoes nothing of the stored book', async () => {
    const d = deps();
    await routeMessage(captureWith({ about: 'Private about text' }), contentSender, d);
    const other = 'https://www.linkedin.com/in/someone-else/';
    const reply = await routeMessage(
      { type: 'lookup', profileKey: 'linkedin:nao-kimura' },
      { ...contentSender, url: other, tab: { id: 9, url: other } },
      d,
    );
    expect(Object.keys(reply).sort()).toEqual(['error', 'ok']);
    expect(JSON.stringify(reply)).not.toMatch(/Nao|Private/);
  });

  it('every reply is a promise of structured-clone-safe data, which both Chrome and Firefox can send back', async () => {
    const d = deps();
    const replies = await Promise.all([
      routeMessage(captureWith({}), contentSender, d),
      routeMessage({ type: 'lookup', profileKey: 'linkedin:nao-kimura' }, contentSender, d),
      routeMessage({ type: 'data-changed' }, pageSender, d),
      routeMessage({ type: 'nope' }, contentSender, d),
    ]);
    for (const reply of replies) {
      expect(structuredClone(reply)).toStrictEqual(reply);
      expect(JSON.parse(JSON.stringify(reply))).toStrictEqual(reply);
    }
  });
});
