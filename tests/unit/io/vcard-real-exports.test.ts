import { describe, expect, it } from 'vitest';
import { parseVCardBytes, parseVCards } from '../../../utils/io/vcard-read';
import { readImportFile } from '../../../utils/io/detect';
import { fixtureBytes } from './fixtures';

/** One file with cards from iPhone, a Shift_JIS phone, Gmail, Outlook (Windows-1252), RFC 6350, Android, 2.1 folds. */
describe('a vCard file mixing 2.1, 3.0 and 4.0 cards from different address books', () => {
  const read = readImportFile('contacts.vcf', fixtureBytes('vcard-mixed.vcf'));
  if (read.format !== 'vcard') throw new Error(read.format);
  const { records, errors } = read.result;
  const pick = (name: string) => records.find((r) => r.name === name)!;

  it('imports every card, with every name (charset decided per card: UTF-8 cards after a Shift_JIS card stay intact)', () => {
    expect(errors).toEqual([]);
    expect(records.map((r) => r.name)).toEqual([
      'Adaeze Ngozi Okafor',
      '中村 翔太',
      'Tomasz Wiśniewski',
      'Greta Bölling',
      'Simone Tremblay',
      'Jürgen Müller',
      'Johanna Smithers',
      '小川 葵',
    ]);
  });

  it('reads every email, phone (extension kept), URL and organisation', () => {
    expect(records.map((r) => [r.emails, r.phones, [...r.websites, ...r.profileKeys], r.company])).toEqual([
      [['adaeze@ikenga.example'], ['+234 803 555 0147'], ['http://ikenga.example/adaeze'], 'Ikenga Studio'],
      [['shota.nakamura@docomo.example'], ['090-5555-0123'], [], '株式会社ひかり'],
      [['tomasz@wisla.example'], ['+48 601 555 012'], ['linkedin:tomasz-wisniewski-example'], 'Wisła Robotics'],
      [['greta@boelling.example'], ['+49 40 555 7788'], ['http://boelling.example/greta'], 'Bölling & Partner GmbH'],
      [
        ['simone.tremblay@viagenie.example'],
        ['+1-418-656-9254 ext. 102', '+1-418-262-6501'],
        ['http://simone.example/'],
        'Viagenie Nord',
      ],
      [['juergen@example.de'], ['+49-170-555-0123'], [], 'Spree Werkstatt'],
      [
        ['johanna.smithers@harbour.example'],
        ['(555) 010-2233'],
        ['http://harbour.example/johanna'],
        'Harbour Pilots Ltd',
      ],
      [['aoi.ogawa@example.jp'], ['080-5555-0456'], [], 'あおぞら書店'],
    ]);
  });

  it('unescapes URL:http\\://… (Gmail, iPhone, macOS) instead of making https://http/://…', () => {
    expect(pick('Adaeze Ngozi Okafor').websites).toEqual(['http://ikenga.example/adaeze']);
  });

  it('keeps a Mac note without literal \\" and with its comma', () => {
    expect(pick('Adaeze Ngozi Okafor').about).toBe('Said "call me after the show", Lagos');
  });

  it('reads Shift_JIS values named per property, and a BASE64 name', () => {
    const shota = pick('中村 翔太');
    expect(shota.title).toBe('課長');
    expect(shota.about).toBe('表参道で会った');
  });

  it('decodes a Windows-1252 card as Windows-1252 ("Bölling" survives)', () => {
    expect(pick('Greta Bölling').title).toBe('Geschäftsführerin');
  });

  it('joins quoted-printable soft line breaks, and keeps the space of a folded 2.1 line', () => {
    expect(pick('Jürgen Müller').about).toBe('Met at the repair café, bring the old radio.');
    expect(pick('Johanna Smithers').title).toBe('Senior Pilot');
  });

  it("leaves out Gmail's system groups (myContacts, starred) from the tags", () => {
    expect(pick('Tomasz Wiśniewski').tags).toEqual(['robotics']);
  });
});

describe('vCard escaping and value types as the RFCs write them', () => {
  it('reads a 4.0 tel: URI with an extension (RFC 6350 §6.4.1)', () => {
    const text =
      'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:A B\r\nTEL;VALUE=uri;TYPE=home:tel:+1-418-656-9254;ext=102\r\nEND:VCARD\r\n';
    expect(parseVCards(text).records[0]!.phones).toEqual(['+1-418-656-9254 ext. 102']);
  });

  it('keeps an escaped backslash before a colon as a backslash', () => {
    const text = 'BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A B\r\nNOTE:C:\\\\\\:dir and a\\;b\r\nEND:VCARD\r\n';
    expect(parseVCards(text).records[0]!.about).toBe('C:\\:dir and a;b');
  });

  it('folds 3.0 lines without the space, 2.1 lines with it', () => {
    const card = (v: string) =>
      parseVCardBytes(new TextEncoder().encode(`BEGIN:VCARD\r\nVERSION:${v}\r\nFN:John\r\n Smith\r\nEND:VCARD\r\n`));
    expect(card('3.0').records[0]!.name).toBe('JohnSmith');
    expect(card('2.1').records[0]!.name).toBe('John Smith');
  });
});
