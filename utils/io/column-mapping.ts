import { normalizeHeader, excerpt, type CsvTable } from './csv-read';
import { buildRecord, type RawRecord } from './record';
import { parseDay } from './dates';
import type { ParseResult } from './types';

/** What a column of an unknown CSV can mean. `ignore` leaves it out. */
export const MAPPING_TARGETS = [
  'ignore',
  'name',
  'firstName',
  'middleName',
  'lastName',
  'company',
  'title',
  'headline',
  'location',
  'email',
  'phone',
  'url',
  'tags',
  'metDate',
  'about',
] as const;
export type MappingTarget = (typeof MAPPING_TARGETS)[number];

/** One target per column, in the order of the headers. */
export type ColumnMapping = MappingTarget[];

/** Header names (normalized by `normalizeHeader`) that suggest a target, in English and Japanese. */
const SYNONYMS: Record<Exclude<MappingTarget, 'ignore'>, string[]> = {
  name: ['name', 'fullname', 'displayname', 'contact', 'contactname', '名前', '氏名', '表示名', 'お名前'],
  firstName: ['firstname', 'givenname', 'first', 'forename', '名', '下の名前', 'ファーストネーム'],
  middleName: ['middlename', 'additionalname', 'middle', 'ミドルネーム'],
  lastName: ['lastname', 'familyname', 'surname', 'last', '姓', '苗字', '名字', 'ラストネーム'],
  company: [
    'company',
    'organization',
    'organisation',
    'org',
    'employer',
    'companyname',
    '会社',
    '会社名',
    '所属',
    '組織',
    '勤務先',
  ],
  title: ['title', 'jobtitle', 'position', 'role', 'organizationtitle', '役職', '肩書', '肩書き', '職種'],
  headline: ['headline', 'tagline', 'ヘッドライン'],
  location: ['location', 'city', 'address', 'place', 'region', '場所', '住所', '所在地', '地域'],
  email: ['email', 'emailaddress', 'mail', 'e-mail', 'emails', 'メール', 'メールアドレス', 'eメール'],
  phone: ['phone', 'phonenumber', 'mobile', 'tel', 'telephone', 'cell', '電話', '電話番号', '携帯', '携帯電話'],
  url: [
    'url',
    'website',
    'web',
    'homepage',
    'linkedin',
    'linkedinurl',
    'profile',
    'profileurl',
    'ウェブサイト',
    'ホームページ',
    'サイト',
  ],
  tags: ['tags', 'tag', 'labels', 'label', 'groups', 'group', 'categories', 'タグ', 'ラベル', 'グループ', '分類'],
  metDate: ['connectedon', 'metdate', 'met', 'datemet', 'date', 'since', '出会った日', '知り合った日', '日付'],
  about: ['notes', 'note', 'about', 'comment', 'comments', 'description', 'memo', 'メモ', '備考', 'ノート'],
};

const LOOKUP = new Map<string, MappingTarget>();
for (const [target, names] of Object.entries(SYNONYMS) as Array<[MappingTarget, string[]]>) {
  for (const name of names) LOOKUP.set(normalizeHeader(name), target);
}

/** A first guess the user can correct: each known header to its target; single-value targets used once. */
export function suggestMapping(headers: readonly string[]): ColumnMapping {
  const used = new Set<MappingTarget>();
  // Beside a "Job Title" column, a bare "Title" is the form of address (Mr., Dr.), as Outlook writes it.
  const hasJobTitle = headers.some((h) => normalizeHeader(h) === 'jobtitle');
  return headers.map((header) => {
    if (hasJobTitle && normalizeHeader(header) === 'title') return 'ignore';
    const key = normalizeHeader(header);
    let target = LOOKUP.get(key);
    // Numbered or suffixed headers ("Email 2", "Phone (work)") share their base's target.
    if (!target) target = LOOKUP.get(key.replace(/\(.*\)$|\d+$/g, ''));
    if (!target) return 'ignore';
    const repeatable =
      target === 'email' || target === 'phone' || target === 'url' || target === 'tags' || target === 'about';
    if (!repeatable && used.has(target)) return 'ignore';
    used.add(target);
    return target;
  });
}

/** Splits cells that hold several values (Google uses ` ::: `; spreadsheets use `;` or new lines). */
export function splitMulti(value: string): string[] {
  return value
    .split(/\s*:::\s*|[;\n]/)
    .map((v) => v.trim())
    .filter(Boolean);
}

/** Applies a mapping to rows: one record per row, rows without a name listed as bad. */
export function applyMapping(table: Pick<CsvTable, 'rows' | 'errors'>, mapping: ColumnMapping): ParseResult {
  const result: ParseResult = { records: [], errors: [...table.errors] };
  for (const { line, cells } of table.rows) {
    const raw: Required<Pick<RawRecord, 'emails' | 'phones' | 'urls' | 'tags'>> & RawRecord = {
      row: line,
      emails: [],
      phones: [],
      urls: [],
      tags: [],
    };
    const about: string[] = [];
    mapping.forEach((target, i) => {
      const value = (cells[i] ?? '').trim();
      if (!value) return;
      switch (target) {
        case 'ignore':
          return;
        case 'email':
          raw.emails.push(...splitMulti(value));
          return;
        case 'phone':
          raw.phones.push(...splitMulti(value));
          return;
        case 'url':
          raw.urls.push(...splitMulti(value));
          return;
        case 'tags':
          raw.tags.push(...value.split(/\s*:::\s*|[,;、\n]/));
          return;
        case 'about':
          about.push(value);
          return;
        case 'metDate':
          raw.metDate ??= parseDay(value);
          return;
        default:
          raw[target] ??= value;
      }
    });
    if (about.length) raw.about = about.join('\n\n');
    const record = buildRecord(raw);
    if (!record.name) {
      result.errors.push({ row: line, reason: 'missing-name', detail: excerpt(cells.join(',')) });
      continue;
    }
    result.records.push(record);
  }
  return result;
}
