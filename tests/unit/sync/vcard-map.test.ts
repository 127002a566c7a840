import { describe, expect, it } from 'vitest';
import { decodeCard, encodeRecord } from '../../../utils/sync/codec';
import { deriveKey, newSalt } from '../../../utils/sync/crypto';
import { recordOf } from '../../../utils/sync/local-record';
import { vcardToParsed } from '../../../utils/sync/vcard-map';
import { sampleContact } from './fixtures';

const notes = [
  { id: 'n1', contactId: 'c-hoshino-1', body: 'Asked about the Onagawa buoy pilot', createdAt: 1, updatedAt: 2 },
];
const interactions = [{ id: 'i1', contactId: 'c-hoshino-1', kind: 'coffee' as const, at: 3, note: 'Tully’s' }];

describe('vCard mapping', () => {
  it('writes the standard properties a phone shows and reads the whole person back (4.0)', async () => {
    const record = recordOf(sampleContact(), notes, interactions);
    const text = await encodeRecord(record, '4.0', null, Date.UTC(2026, 11, 2));
    expect(text).toContain('VERSION:4.0');
    expect(text).toContain('UID:c-hoshino-1');
    expect(text).toContain('FN:Mirei Hoshino');
    expect(text).toContain('N:Hoshino;Mirei;;;');
    expect(text).toContain('ORG:Kairo Labs');
    expect(text).toContain('TEL:+81 22 555 0101');
    expect(text).toContain('ADR:;;;Sendai;;;');
    expect(text).toContain('CATEGORIES:hardware,tōhoku');
    expect(text).toContain('PHOTO:https://example.invalid/a/hoshino.jpg');
    expect(text).toContain('REV:20261202T000000Z');
    expect(text.replace(/\r\n /g, '')).toMatch(/NOTE:.*Asked about the Onagawa/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const back = await decodeCard(text, null);
    expect(back?.record).toEqual(record);
    expect(back?.rev).toBe(Date.UTC(2026, 11, 2));
  });

  it('writes 3.0 with PHOTO as a URI value', async () => {
    const text = await encodeRecord(recordOf(sampleContact(), [], []), '3.0', null);
    expect(text).toContain('VERSION:3.0');
    expect(text).toContain('PHOTO;VALUE=uri:https://example.invalid/a/hoshino.jpg');
    expect((await decodeCard(text, null))?.record.card.avatarUrl).toBe('https://example.invalid/a/hoshino.jpg');
  });

  it('reads a card a phone rewrote: groups, bare 3.0 types, tel: URIs, no X- properties', () => {
    const phone = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'UID:c-hoshino-1',
      'N:Hoshino;Mirei;;;',
      'item1.EMAIL;type=INTERNET;type=pref:mirei@kairo.example',
      'TEL;CELL:tel:+81 90 555 0199',
      'ORG:Kairo Labs;Firmware',
      'CATEGORIES:hardware\\, tides,tōhoku',
      'END:VCARD',
    ].join('\n');
    const parsed = vcardToParsed(phone)!;
    expect(parsed.card.name).toBe('Mirei Hoshino');
    expect(parsed.card.emails).toEqual(['mirei@kairo.example']);
    expect(parsed.card.phones).toEqual(['+81 90 555 0199']);
    expect(parsed.card.company).toBe('Kairo Labs');
    expect(parsed.card.tags).toEqual(['hardware, tides', 'tōhoku']);
    expect(parsed.wire).toBeNull();
  });

  it('with encryption the stored text holds no note text, and only the passphrase opens it', async () => {
    const salt = newSalt();
    const key = await deriveKey('correct horse', salt, 1000);
    const record = recordOf(sampleContact(), notes, interactions);
    const text = await encodeRecord(record, '4.0', key);
    expect(text).not.toContain('Onagawa');
    expect(text).not.toContain('LoRa');
    expect(text).toContain('X-TSUNAGARI-ENC:v1.1000.');
    const locked = await decodeCard(text, null);
    expect(locked?.locked).toBe(true);
    expect(locked?.record.card.name).toBe('Mirei Hoshino');
    expect((await decodeCard(text, key))?.record).toEqual(record);
    const wrong = await deriveKey('wrong horse', salt, 1000);
    await expect(decodeCard(text, wrong)).rejects.toThrow(/passphrase/);
  });
});
