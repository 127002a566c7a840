import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { contactsToCsv, neutralizeFormula, CSV_COLUMNS } from '../../../utils/io/csv-write';
import { contactToVCard, contactsToVCards } from '../../../utils/io/vcard-write';
import { foldLine } from '../../../utils/io/vcard-escape';
import { parseVCards } from '../../../utils/io/vcard-read';
import { newContact } from '../../../utils/db/contacts';
import type { Contact } from '../../../utils/model/contact';

const T0 = Date.UTC(2026, 0, 10, 12);

function person(fields: Partial<Contact>): Contact {
  return newContact(fields, T0);
}

describe('CSV export', () => {
  it.each(['=HYPERLINK("http://evil.example","x")', '+1+1', '-2+3', '@SUM(A1)', '\tcmd', '\rcmd'])(
    'neutralizes a cell starting with a formula character: %j',
    (cell) => {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    },
  );

  it.each(['＝HYPERLINK("http://evil.example","x")', '＋1＋1', '－2＋3', '＠SUM(A1)'])(
    'item 9: neutralizes a cell starting with a full-width formula character: %j',
    (cell) => {
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    },
  );

  it('item 9: strips NUL, also when it hides a formula start', () => {
    expect(neutralizeFormula('Sato\u0000 Taro')).toBe('Sato Taro');
    expect(neutralizeFormula('\u0000=1+1')).toBe("'=1+1");
    const csv = contactsToCsv([person({ name: 'A', about: 'x\u0000y' })]);
    expect(csv.includes('\u0000')).toBe(false);
  });

  it('leaves ordinary text alone', () => {
    expect(neutralizeFormula('Sato = friend')).toBe('Sato = friend');
    expect(neutralizeFormula('')).toBe('');
  });

  it('writes no cell a spreadsheet would run, in any column', () => {
    const csv = contactsToCsv([
      person({
        name: '=cmd|/C calc!A0',
        company: '@evil',
        title: '+x',
        about: '-1',
        tags: ['=tag'],
        phones: ['+81 90 1111 2222'],
      }),
    ]);
    const rows = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    for (const cell of rows[1]!) expect(cell).not.toMatch(/^[=+\-@\t\r＝＋－＠]/);
    expect(rows[1]![0]).toBe("'=cmd|/C calc!A0");
  });

  it('follows RFC 4180: CRLF records, quoted cells, doubled quotes, commas and line breaks kept', () => {
    const csv = contactsToCsv([
      person({ name: 'Priya "PR" Raman', company: 'Lantern, Bell & Co.', about: 'Line one\nLine two' }),
      person({ name: '山田 太郎', emails: ['taro@example.jp', 'yamada@example.jp'] }),
    ]);
    expect(csv.startsWith('\uFEFF"Name","First Name","Last Name","Company"')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv).toContain('"Priya ""PR"" Raman","Priya ""PR""","Raman","Lantern, Bell & Co."');
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual([...CSV_COLUMNS]);
    const about = CSV_COLUMNS.indexOf('About');
    expect(parsed.data[1]![about]).toBe('Line one\nLine two');
    expect(parsed.data[2]![0]).toBe('山田 太郎');
    expect(parsed.data[2]![CSV_COLUMNS.indexOf('Emails')]).toBe('taro@example.jp; yamada@example.jp');
  });
});

describe('vCard export', () => {
  it('folds lines at 75 octets without splitting a character, with CRLF and a space', () => {
    const long = `NOTE:${'あ'.repeat(60)}`;
    const folded = foldLine(long);
    const lines = folded.split('\r\n');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    for (const line of lines.slice(1)) expect(line.startsWith(' ')).toBe(true);
    expect(lines.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(long);
  });

  it('escapes commas, semicolons, backslashes and line breaks, and ends every line with CRLF', () => {
    const card = contactToVCard(person({ name: 'A; B, C \\ D', about: 'one\ntwo' }));
    expect(card).toContain('FN:A\\; B\\, C \\\\ D\r\n');
    expect(card).toContain('NOTE:one\\ntwo\r\n');
    expect(card.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(card.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
  });

  it('round-trips through the importer', () => {
    const people = [
      person({
        name: '伊藤 美咲',
        company: 'みなと図書館; 本館',
        title: 'Librarian, reference desk',
        location: 'Yokohama, Kanagawa',
        about: `Loves old maps.\nAsk about the ${'very '.repeat(30)}long walk.`,
        emails: ['misaki.ito@example.jp', 'misaki@example.org'],
        phones: ['+81-80-3333-4444'],
        websites: ['https://misaki.example.jp/'],
        profiles: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/misaki-ito-example/' }],
        profileKeys: ['linkedin:misaki-ito-example'],
        tags: ['読書会', 'volunteer'],
        met: { context: null, place: '', date: new Date(2022, 8, 10).getTime(), introducedBy: '' },
      }),
      person({ name: "Sam O'Neill", emails: ['sam@example.ie'] }),
    ];
    const { records, errors } = parseVCards(contactsToVCards(people));
    expect(errors).toEqual([]);
    expect(records).toHaveLength(2);
    const [misaki] = records;
    const original = people[0]!;
    expect(misaki).toMatchObject({
      name: original.name,
      company: original.company,
      title: original.title,
      location: original.location,
      about: original.about,
      emails: original.emails,
      phones: original.phones,
      websites: original.websites,
      profiles: original.profiles,
      profileKeys: original.profileKeys,
      tags: original.tags,
      metDate: original.met.date,
    });
    expect(records[1]).toMatchObject({ name: "Sam O'Neill", emails: ['sam@example.ie'] });
  });
});

describe('exports keep what the user wrote (issue 15)', () => {
  const note = (contactId: string, body: string, createdAt: number) => ({
    id: `${contactId}-${createdAt}`,
    contactId,
    body,
    createdAt,
    updatedAt: createdAt,
  });

  it('CSV: First Name / Last Name columns (family name first for Japanese names) and the notes', () => {
    const yoko = person({ name: 'Yoko Tanaka' });
    const taro = person({ name: '山田 太郎' });
    const notes = new Map([[yoko.id, [note(yoko.id, 'Second', T0 + 2), note(yoko.id, 'First', T0 + 1)]]]);
    const rows = Papa.parse<string[]>(contactsToCsv([yoko, taro], notes).slice(1), { skipEmptyLines: true }).data;
    const col = (name: (typeof CSV_COLUMNS)[number]) => CSV_COLUMNS.indexOf(name);
    expect([rows[1]![col('First Name')], rows[1]![col('Last Name')]]).toEqual(['Yoko', 'Tanaka']);
    expect([rows[2]![col('First Name')], rows[2]![col('Last Name')]]).toEqual(['太郎', '山田']);
    expect(rows[1]![col('Notes')]).toBe('2026-01-10: First\n\n2026-01-10: Second');
    expect(rows[2]![col('Notes')]).toBe('');
  });

  it('vCard: N with family and given name, notes in NOTE, and the day they met not as an ANNIVERSARY', () => {
    const yoko = person({
      name: 'Yoko Tanaka',
      about: 'Runs trails',
      met: { context: 'online', place: '', date: Date.UTC(2023, 8, 27, 12), introducedBy: '' },
    });
    const card = contactToVCard(yoko, [note(yoko.id, 'Promised an intro', T0)]);
    expect(card).toContain('\r\nN:Tanaka;Yoko;;;\r\n');
    expect(card).toContain('NOTE:Runs trails\\n\\n2026-01-10: Promised an intro\r\n');
    expect(card).not.toContain('ANNIVERSARY');
    expect(card).toContain('X-TSUNAGARI-MET-DATE;VALUE=date:20230927\r\n');
    expect(contactToVCard(person({ name: '田中陽子' }))).toContain('\r\nN:田中陽子;;;;\r\n');
    // Our importer still reads the day back.
    const [back] = parseVCards(card).records;
    expect(back!.metDate).toBe(
      parseVCards('BEGIN:VCARD\r\nVERSION:4.0\r\nFN:x\r\nANNIVERSARY:20230927\r\nEND:VCARD\r\n').records[0]!.metDate,
    );
    expect(back!.metDate).not.toBeNull();
  });
});
