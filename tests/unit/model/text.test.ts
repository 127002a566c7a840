import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cleanEmail, cleanLine, cleanPhone, cleanText, LIMITS, safeUrl } from '../../../utils/model/text';

describe('cleanLine', () => {
  it('removes bidi overrides, zero-width and control characters', () => {
    expect(cleanLine('Ad\u202Emin\u200B\u0007 Ito\u2066')).toBe('Admin Ito');
  });

  it('keeps Japanese, Arabic and Hebrew names intact, in NFC', () => {
    expect(cleanLine('田中 愛子')).toBe('田中 愛子');
    expect(cleanLine('ليلى حداد')).toBe('ليلى حداد');
    expect(cleanLine('נועה לוי')).toBe('נועה לוי');
    // "ガ" written as カ + combining voiced mark becomes one code point.
    expect(cleanLine('\u30AB\u3099')).toBe('\u30AC');
  });

  it('keeps markup as text (it is never rendered as HTML)', () => {
    expect(cleanLine('<img src=x onerror=alert(1)>')).toBe('<img src=x onerror=alert(1)>');
  });

  it('caps length without splitting a surrogate pair', () => {
    const emoji = '😀'.repeat(200);
    const out = cleanLine(emoji, 11);
    expect(out.length).toBeLessThanOrEqual(11);
    expect(out).toBe('😀'.repeat(5));
  });

  it('always returns a capped string without unsafe characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 600 }), (input) => {
        const out = cleanLine(input);
        expect(out.length).toBeLessThanOrEqual(LIMITS.short);
        expect(/[\u0000-\u001F\u202A-\u202E\u2066-\u2069\u200B]/.test(out)).toBe(false);
      }),
    );
  });
});

describe('cleanText', () => {
  it('keeps paragraphs and trims noise', () => {
    expect(cleanText('Line one  \r\n\r\n\r\n\r\nLine two\u202E')).toBe('Line one\n\nLine two');
  });
});

describe('safeUrl', () => {
  it.each([
    ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ['http://example.com', 'http://example.com/'],
    ['mailto:aiko@example.com', 'mailto:aiko@example.com'],
    ['tel:+81-3-0000-0000', 'tel:+81-3-0000-0000'],
    ['javascript:alert(1)', ''],
    ['JaVaScRiPt:alert(1)', ''],
    [' java\u200Bscript:alert(1)', ''],
    ['data:text/html,<script>1</script>', ''],
    ['vbscript:msgbox', ''],
    ['file:///etc/passwd', ''],
    ['chrome://settings', ''],
    ['https://user:pass@example.com/', ''],
    ['not a url', ''],
  ])('%s → %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  it('resolves relative links against a base', () => {
    expect(safeUrl('/in/aiko', 'https://www.linkedin.com/feed/')).toBe('https://www.linkedin.com/in/aiko');
  });
});

describe('emails and phones', () => {
  it('accept real-looking values only', () => {
    expect(cleanEmail('mailto:Aiko.Tanaka@Example.com')).toBe('aiko.tanaka@example.com');
    expect(cleanEmail('not-an-email')).toBe('');
    expect(cleanPhone('tel:+81 90-0000-0000')).toBe('+81 90-0000-0000');
    expect(cleanPhone('call me')).toBe('');
  });
});
