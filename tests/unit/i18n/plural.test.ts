import { describe, expect, it } from 'vitest';
import { format, translate } from '../../../utils/i18n';
import { describeBadgeTitle, describeReason } from '../../../utils/i18n/messages/cadence';
import { selectPlurals } from '../../../utils/i18n/plural';

describe('plural forms (Intl.PluralRules)', () => {
  it('never say "1 people": the English tables pick one/other for the count', () => {
    expect(translate('en', 'dash.people.subtitle', { n: 1 })).toBe('1 person in your network');
    expect(translate('en', 'dash.people.subtitle', { n: 3 })).toBe('3 people in your network');
    expect(translate('en', 'dash.people.subtitle', { n: 0 })).toBe('0 people in your network');
    expect(translate('en', 'dash.bulk.tagged', { n: 1, tag: 'fr' })).toBe('Tagged 1 person with “fr”.');
    expect(translate('en', 'io.restore.done', { people: 1 })).toBe('Restored 1 person from the backup.');
    expect(translate('en', 'io.bad.summary', { n: 1 })).toBe('Show the row that will be left out');
    expect(translate('en', 'io.bad.summary', { n: 4 })).toBe('Show the 4 rows that will be left out');
    expect(translate('en', 'cadence.days', { n: 1 })).toBe('1 day');
    expect(translate('en', 'write.what.bulkArchive', { n: 1 })).toBe('Archiving 1 person');
  });

  it('fill two counts in one message independently', () => {
    expect(translate('en', 'io.restore.confirm', { current: 1, people: 2, date: 'x' })).toBe(
      'This deletes the 1 person saved now, with their notes and history, and puts back the 2 people from the backup of x.',
    );
  });

  it('write Japanese counters, with no plural form: 「1人」「3人」', () => {
    expect(translate('ja', 'dash.people.subtitle', { n: 1 })).toBe('1人とつながっています');
    expect(translate('ja', 'dash.people.subtitle', { n: 3 })).toBe('3人とつながっています');
    expect(translate('ja', 'io.restore.done', { people: 1 })).toBe('バックアップから1人を復元しました。');
  });

  it('describe spans and the badge through the same rule', () => {
    const en = (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate('en', key, p);
    expect(describeReason({ code: 'overdue', params: { unit: 'year', n: 1 } }, en)).toBe('1 year overdue');
    expect(describeReason({ code: 'overdue', params: { unit: 'week', n: 2 } }, en)).toBe('2 weeks overdue');
    expect(describeBadgeTitle(1, en)).toBe('Tsunagari — 1 person to get back in touch with');
    expect(describeBadgeTitle(150, en)).toBe('Tsunagari — 99+ people to get back in touch with');
    const ja = (key: Parameters<typeof translate>[1], p?: Record<string, string | number>) => translate('ja', key, p);
    expect(describeReason({ code: 'overdue', params: { unit: 'week', n: 2 } }, ja)).toBe('連絡時期を2週間過ぎています');
  });

  it('uses the language’s own categories and exact matches first', () => {
    const t = '{n, plural, =0 {none} one {# item} few {# few} other {# items}}';
    expect(selectPlurals(t, { n: 0 }, 'en')).toBe('none');
    expect(selectPlurals(t, { n: 3 }, 'en')).toBe('3 items');
    // Polish has a "few" category: the rule comes from Intl.PluralRules, not from n === 1.
    expect(selectPlurals(t, { n: 3 }, 'pl')).toBe('3 few');
    expect(selectPlurals(t, { n: 1 }, 'ja')).toBe('1 items');
  });

  it('leaves text alone when the count is missing, and keeps inner placeholders for format', () => {
    expect(format('{n, plural, one {# x} other {# xs}} {y}', { y: 'z' })).toBe('{n, plural, one {# x} other {# xs}} z');
    expect(format('{n, plural, one {# tag {t}} other {# tags {t}}}', { n: 2, t: 'a' })).toBe('2 tags a');
  });
});
