import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { LIMITS, cleanLine, cleanText, safeUrl } from '../../../utils/model/text';

/**
 * Restore cleans every row again (utils/db/backup-tables.ts), so cleaning what the app already cleaned must
 * change nothing; otherwise a backup would not come back as it was written.
 */
const piece = fc.constantFrom(
  'a',
  ' ',
  '\n',
  '\t',
  'é',
  'e\u0301',
  '\u202E',
  '\u0000',
  '😀',
  'ｻ',
  '\u200B',
  '  \n \n\n\n',
);
const text = fc.array(piece, { maxLength: 400 }).map((p) => p.join(''));

describe('cleaning twice changes nothing', () => {
  it('cleanLine and cleanText, also when the cap cuts just before a space', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 300 }), (value, max) => {
        expect(cleanLine(cleanLine(value, max), max)).toBe(cleanLine(value, max));
        expect(cleanText(cleanText(value, max), max)).toBe(cleanText(value, max));
      }),
      { numRuns: 500 },
    );
    expect(cleanLine('ab ab', 3)).toBe('ab');
    expect(cleanText('ab\n\nab', 4)).toBe('ab');
  });

  it('safeUrl never returns an address longer than the cap, and accepts its own output', () => {
    const encoded = `https://blog.example/${'é'.repeat(1000)}`;
    expect(encoded.length).toBeLessThan(LIMITS.url);
    expect(safeUrl(encoded)).toBe('');
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const once = safeUrl(url);
        expect(once.length).toBeLessThanOrEqual(LIMITS.url);
        expect(safeUrl(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
