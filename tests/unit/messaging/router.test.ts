import { describe, expect, it, vi } from 'vitest';
import { routeMessage, type RouterDeps } from '../../../entrypoints/background/router';
import { testDb, linkedinPayload } from '../db/test-db';

const self = { id: 'tsunagari-id', origin: 'chrome-extension://tsunagari-id/' };
const profileUrl = 'https://www.linkedin.com/in/emi-sato/';
const contentSender = { id: self.id, url: profileUrl, frameId: 0, tab: { id: 7, url: profileUrl } };
const capture = { type: 'capture', payload: linkedinPayload('emi-sato', { name: 'Emi Sato', headline: 'PM' }) };

function deps(): RouterDeps & { onWrite: ReturnType<typeof vi.fn> } {
  return { db: testDb(), self, onWrite: vi.fn(async () => undefined) };
}

describe('routeMessage', () => {
  it('saves a capture from the top frame of a LinkedIn profile', async () => {
    const d = deps();
    const reply = await routeMessage(capture, contentSender, d);
    expect(reply).toEqual({ ok: true, status: 'created', jobChanged: false });
    expect(await d.db.contacts.count()).toBe(1);
    expect(d.onWrite).toHaveBeenCalledOnce();
  });

  const refusals: Array<[string, unknown, object, RegExp]> = [
    ['another extension', capture, { ...contentSender, id: 'evil-extension' }, /did not come from this extension/],
    [
      'a web page (no extension id)',
      capture,
      { url: profileUrl, frameId: 0, tab: { id: 7 } },
      /did not come from this extension/,
    ],
    [
      'a document from another site in a tab that shows LinkedIn',
      capture,
      { ...contentSender, url: 'https://evil.example/in/emi-sato/' },
      /may not send/,
    ],
    ['an iframe', capture, { ...contentSender, frameId: 3 }, /top frame/],
    [
      'a site other than LinkedIn',
      capture,
      { ...contentSender, url: 'https://evil.example/in/emi-sato/', tab: { id: 7 } },
      /may not send/,
    ],
    [
      'a LinkedIn page that is not a profile',
      capture,
      {
        ...contentSender,
        url: 'https://www.linkedin.com/feed/',
        tab: { id: 7, url: 'https://www.linkedin.com/feed/' },
      },
      /not a profile/,
    ],
    [
      'a capture for another person than the page shows',
      { type: 'capture', payload: linkedinPayload('someone-else', { name: 'Someone Else' }) },
      contentSender,
      /does not match/,
    ],
    ['an unknown message type', { type: 'wipe-everything' }, contentSender, /bad message/],
    ['a payload that is not an object', 'capture', contentSender, /bad message/],
    [
      'an oversized field',
      { type: 'capture', payload: linkedinPayload('emi-sato', { name: 'x'.repeat(5000) }) },
      contentSender,
      /bad message/,
    ],
    ['a page-only message from a content script', { type: 'data-changed' }, contentSender, /bad message/],
  ];

  for (const [who, message, sender, error] of refusals) {
    it(`refuses ${who} with a clear error and writes nothing`, async () => {
      const d = deps();
      const reply = await routeMessage(message, sender, d);
      expect(reply.ok).toBe(false);
      expect(reply.ok === false && reply.error).toMatch(error);
      expect(await d.db.contacts.count()).toBe(0);
      expect(await d.db.captures.count()).toBe(0);
      expect(d.onWrite).not.toHaveBeenCalled();
    });
  }

  it('answers a lookup with whether the person is saved, and nothing more', async () => {
    const d = deps();
    const lookup = { type: 'lookup', profileKey: 'linkedin:emi-sato' };
    expect(await routeMessage(lookup, contentSender, d)).toEqual({ ok: true, saved: false });
    await routeMessage(capture, contentSender, d);
    expect(await routeMessage(lookup, contentSender, d)).toEqual({ ok: true, saved: true });
  });

  it('lets extension pages say that data changed', async () => {
    const d = deps();
    const reply = await routeMessage({ type: 'data-changed' }, { id: self.id, url: `${self.origin}popup.html` }, d);
    expect(reply).toEqual({ ok: true });
    expect(d.onWrite).toHaveBeenCalledOnce();
  });

  it('treats the dashboard opened in a tab as an extension page', async () => {
    const d = deps();
    const sender = {
      id: self.id,
      url: `${self.origin}dashboard.html#/people`,
      frameId: 0,
      tab: { id: 3, url: `${self.origin}dashboard.html` },
    };
    expect(await routeMessage({ type: 'data-changed' }, sender, d)).toEqual({ ok: true });
  });
});
