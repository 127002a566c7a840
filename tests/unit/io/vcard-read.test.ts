import { describe, expect, it } from 'vitest';
import { parseVCards, splitCards } from '../../../utils/io/vcard-read';
import { decodeText } from '../../../utils/io/detect';
import { fixtureBytes } from './fixtures';

const read = (name: string) => parseVCards(decodeText(fixtureBytes(name)));

describe('vCard 2.1', () => {
  const result = read('contacts-v21.vcf');

  it('decodes quoted-printable UTF-8 and Shift_JIS names', () => {
    expect(result.records.map((r) => r.name)).toEqual(['鈴木 花子', '高橋 健']);
  });

  it('joins a quoted-printable soft line break without losing the space after it', () => {
    expect(result.records[0]!.about).toBe('Met at the Kyoto meetup; loves tea.\nAsk about the garden.');
  });

  it('reads bare 2.1 parameters (TEL;CELL;VOICE, EMAIL;PREF;INTERNET) and structured ORG', () => {
    const hanako = result.records[0]!;
    expect(hanako.phones).toEqual(['+81-90-1111-2222']);
    expect(hanako.emails).toEqual(['hanako.suzuki@example.jp']);
    expect(hanako.company).toBe('Hoshi Trading');
    expect(hanako.title).toBe('Account Manager');
  });

  it('turns a LinkedIn URL into a canonical key', () => {
    expect(result.records[1]!.profileKeys).toEqual(['linkedin:ken-takahashi-example']);
  });

  it('reports the card without a name by the line it starts on', () => {
    expect(result.errors).toEqual([expect.objectContaining({ row: 19, reason: 'missing-name' })]);
  });
});

describe('vCard 3.0', () => {
  const result = read('contacts-v30.vcf');

  it('reads LF line ends, folded lines and escaped characters', () => {
    const chidi = result.records[0]!;
    expect(chidi.name).toBe('Dr. Chidi Okafor');
    expect(chidi.company).toBe('Riverbank, Stone & Partners');
    expect(chidi.title).toBe('Principal; Data');
    expect(chidi.about).toBe(
      'First line of a long note that goes on and on so that it needs to be folded across lines\nSecond line with a backslash \\ and a comma, too.',
    );
  });

  it('keeps every email, the address city, categories as tags, and grouped URLs', () => {
    const chidi = result.records[0]!;
    expect(chidi.emails).toEqual(['chidi.okafor@example.com', 'chidi@example.net']);
    expect(chidi.location).toBe('Bristol, United Kingdom');
    expect(chidi.tags).toEqual(['conference', 'mentors']);
    expect(chidi.profileKeys).toEqual(['linkedin:chidi-okafor-example']);
    expect(chidi.websites).toEqual(['https://chidi.example.com/']);
  });

  it('reads X-SOCIALPROFILE links as profiles', () => {
    expect(result.records[1]!.profileKeys).toEqual(['linkedin:lena-fischer-example']);
  });
});

describe('vCard 4.0', () => {
  const result = read('contacts-v40.vcf');

  it('keeps the good cards when one has an unsupported version and one has no name', () => {
    expect(result.records.map((r) => r.name)).toEqual(['伊藤 美咲', "Sam O'Neill"]);
    expect(result.errors.map((e) => e.reason)).toEqual(['unsupported-version', 'missing-name']);
  });

  it('reads tel: URIs, quoted TYPE lists, Japanese categories and ANNIVERSARY as the day they met', () => {
    const misaki = result.records[0]!;
    expect(misaki.phones).toEqual(['+81-80-3333-4444']);
    expect(misaki.tags).toEqual(['読書会', 'volunteer']);
    expect(misaki.metDate).toBe(new Date(2022, 8, 10).getTime());
  });
});

describe('splitCards', () => {
  it('reports a card cut off at the end of the file instead of dropping it', () => {
    const result = parseVCards('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cut Off\r\n');
    expect(result.records).toEqual([]);
    expect(result.errors[0]!.reason).toBe('malformed-card');
  });

  it('ignores text between cards', () => {
    expect(splitCards('junk\nBEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nmore junk\n')).toHaveLength(1);
  });
});
