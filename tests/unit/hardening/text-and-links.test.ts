import { describe, expect, it, vi } from 'vitest';
import { sanitizeFields } from '../../../utils/model/sanitize';
import { saveCapture } from '../../../utils/db/contacts';
import { routeMessage } from '../../../entrypoints/background/router';
import { linkFor } from '../../../entrypoints/dashboard/person/links';
import { linkedinPayload, testDb } from '../db/test-db';
import type { CapturePayload } from '../../../utils/model/capture';

// Written in NFC already, with the marks these scripts use (dakuten, harakat, niqqud): all must survive as is.
const NAMES = {
  japanese: ['田中 愛子', 'さとう ゆうじ', 'ガブリエル・タナカ', '髙橋 﨑'],
  arabic: ['ليلى حداد', 'مُحَمَّد الفَارِس', 'عبد الله بن يوسف'],
  hebrew: ['נועה לוי', 'שָׁלוֹם כֹּהֵן', 'אבי בן־דוד'],
};

const HOSTILE_LINKS = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(document.cookie)',
  ' javascript:alert(1)',
  'java\u200Bscript:alert(1)',
  'java\tscript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml,<svg onload=alert(1)>',
  'vbscript:msgbox(1)',
  'VBScript:msgbox(1)',
];

describe('names in Japanese, Arabic and Hebrew', () => {
  for (const [script, names] of Object.entries(NAMES)) {
    it(`survive sanitizeFields intact (${script})`, () => {
      for (const name of names) {
        expect(name).toBe(name.normalize('NFC'));
        expect(sanitizeFields({ name, company: name, location: name }).name).toBe(name);
        expect(sanitizeFields({ name, company: name, location: name })).toMatchObject({
          company: name,
          location: name,
        });
      }
    });
  }

  it('survive a capture through the router into the database intact', async () => {
    const url = 'https://www.linkedin.com/in/layla-haddad/';
    const d = {
      db: testDb(),
      self: { id: 'x', origin: 'chrome-extension://x/' },
      onWrite: vi.fn(async () => undefined),
    };
    for (const name of [...NAMES.arabic, ...NAMES.hebrew, ...NAMES.japanese]) {
      await routeMessage(
        { type: 'capture', payload: linkedinPayload('layla-haddad', { name }) },
        { id: 'x', url, frameId: 0, tab: { id: 1, url } },
        d,
      );
      expect((await d.db.contacts.toArray()).map((c) => c.name)).toEqual([name]);
    }
  });

  it('lose only direction overrides and invisible characters a page hid in them', () => {
    expect(sanitizeFields({ name: '\u202Eנועה\u202C לוי\u200B' }).name).toBe('נועה לוי');
    expect(sanitizeFields({ name: 'ليلى\u2067 حداد\u2069\u0000' }).name).toBe('ليلى حداد');
    // Decomposed input (カ + combining voiced mark) is stored composed, as the NFC rule says.
    expect(sanitizeFields({ name: '\u30AB\u3099ブリエル' }).name).toBe('ガブリエル');
  });
});

describe('javascript:, data: and vbscript: links are never stored', () => {
  const payload = (link: string): CapturePayload => ({
    source: 'github',
    profileKey: null,
    profile: { kind: 'web', url: link },
    fields: { name: 'Rin Aoki', avatarUrl: link, websites: [link, 'https://rin.example/'] },
  });

  it('not through saveCapture, in any field that holds an address', async () => {
    for (const link of HOSTILE_LINKS) {
      const db = testDb();
      await saveCapture(db, payload(link), { url: link, cadenceDays: 30 });
      const [contact] = await db.contacts.toArray();
      const [capture] = await db.captures.toArray();
      expect(contact!.avatarUrl).toBe('');
      expect(contact!.websites).toEqual(['https://rin.example/']);
      expect(contact!.profiles).toEqual([]);
      expect(capture!.url).toBe('');
      expect(capture!.fields.websites).toEqual(['https://rin.example/']);
      const stored = JSON.stringify([contact, capture])
        .toLowerCase()
        .replace(/[\s\u200b]/g, '');
      expect(stored).not.toMatch(/javascript:|vbscript:|data:/);
    }
  });

  it('not through a LinkedIn capture, whose profile address the router rebuilds from the sender', async () => {
    const url = 'https://www.linkedin.com/in/rin-aoki/';
    const d = {
      db: testDb(),
      self: { id: 'x', origin: 'chrome-extension://x/' },
      onWrite: vi.fn(async () => undefined),
    };
    const message = {
      type: 'capture',
      payload: {
        ...linkedinPayload('rin-aoki', { name: 'Rin Aoki', websites: HOSTILE_LINKS }),
        profile: { kind: 'linkedin', url: HOSTILE_LINKS[0] },
      },
    };
    expect(await routeMessage(message, { id: 'x', url, frameId: 0, tab: { id: 1, url } }, d)).toMatchObject({
      ok: true,
    });
    const [contact] = await d.db.contacts.toArray();
    expect(contact!.profiles).toEqual([{ kind: 'linkedin', url }]);
    expect(contact!.websites).toEqual([]);
  });

  it('and a stored value that is not http(s), mailto or tel is never made clickable', () => {
    for (const link of HOSTILE_LINKS) expect(linkFor('web', link)).toBeNull();
    expect(linkFor('web', 'https://rin.example/')).toBe('https://rin.example/');
    expect(linkFor('email', 'rin@example.com')).toBe('mailto:rin@example.com');
    expect(linkFor('phone', '+81 90-0000-0000')).toBe('tel:+819000000000');
  });
});
