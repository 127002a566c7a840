import { describe, expect, it } from 'vitest';
import { howMetText } from '../../../entrypoints/dashboard/person/how-met';
import { translator } from '../../../utils/i18n';

const day = new Date(2023, 8, 27, 12).getTime();
const met = (m: Partial<{ context: 'lunch' | null; place: string; date: number | null; introducedBy: string }>) => ({
  met: { context: null, place: '', date: null, introducedBy: '', ...m },
  profileKeys: ['linkedin:aiko-demo-tanaka'],
});

describe('"How we met" in words', () => {
  it('says a LinkedIn connection date is one, not just a date', () => {
    expect(howMetText(met({ date: day }), translator('en'), 'en')).toBe('Connected on LinkedIn · Sep 27, 2023');
    expect(howMetText(met({ date: day }), translator('ja'), 'ja')).toBe('2023年9月27日にLinkedInでつながりました');
  });

  it('keeps the context and place when the user recorded them', () => {
    expect(howMetText(met({ date: day, context: 'lunch', place: 'Shibuya' }), translator('en'), 'en')).toBe(
      'Lunch · Shibuya · Sep 27, 2023',
    );
  });

  it('a bare date on someone without LinkedIn reads "Met on …"; nothing recorded is empty', () => {
    expect(howMetText({ ...met({ date: day }), profileKeys: [] }, translator('en'), 'en')).toBe('Met on Sep 27, 2023');
    expect(howMetText(met({}), translator('en'), 'en')).toBe('');
  });
});
