import { describe, expect, it } from 'vitest';
import { BUNDLES, format, resolveLang, translate } from '../../../utils/i18n';
import en from '../../../public/_locales/en/messages.json';
import ja from '../../../public/_locales/ja/messages.json';

describe('UI strings', () => {
  it('never define the same key in two bundles', () => {
    const seen = new Map<string, number>();
    BUNDLES.forEach((bundle, index) => {
      for (const key of Object.keys(bundle.en)) {
        expect(seen.has(key), `${key} is defined in bundles ${seen.get(key)} and ${index}`).toBe(false);
        seen.set(key, index);
      }
    });
  });

  it('have a Japanese text for every English one, with the same placeholders', () => {
    for (const bundle of BUNDLES) {
      const en: Record<string, string> = bundle.en;
      const ja: Record<string, string> = bundle.ja;
      expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(en)) {
        // The argument names: `{n}` and the `n` of `{n, plural, …}` alike (Japanese writes counters, not plural blocks).
        const placeholders = (s: string) => [...new Set([...s.matchAll(/\{(\w+)[,}]/g)].map((m) => m[1]))].sort();
        expect(ja[key]?.trim(), key).toBeTruthy();
        expect(placeholders(ja[key] ?? ''), key).toEqual(placeholders(text));
      }
    }
  });

  it('fill placeholders and leave unknown ones visible', () => {
    expect(format('{n} days, {x}', { n: 3 })).toBe('3 days, {x}');
    expect(translate('ja', 'cadence.days', { n: 10 })).toBe('10日ごと');
  });

  it('follow the browser language when set to automatic', () => {
    expect(resolveLang('auto', 'ja-JP')).toBe('ja');
    expect(resolveLang('auto', 'en-GB')).toBe('en');
    expect(resolveLang('auto', undefined)).toBe('en');
    expect(resolveLang('ja', 'en-US')).toBe('ja');
  });
});

describe('manifest locale files', () => {
  it('have the same keys in English and Japanese', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });
});
