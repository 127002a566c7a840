import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES } from '../../../utils/capture';
import { CAPTURE_SOURCES } from '../../../utils/model/capture';
import { FIXTURE_CASES } from './fixture-table';
import { PAGES_DIR } from './load';

describe('the source registry', () => {
  it('lists each source once, with an id the data model knows', () => {
    const ids = SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(CAPTURE_SOURCES).toContain(id);
  });

  it('has a fixture page for every source, and every fixture page exists', () => {
    for (const source of SOURCES) {
      expect(
        FIXTURE_CASES.some((f) => f.source === source.id),
        `fixture for ${source.id}`,
      ).toBe(true);
    }
    for (const fixture of FIXTURE_CASES)
      expect(existsSync(path.join(PAGES_DIR, fixture.file)), fixture.file).toBe(true);
  });

  it('puts the fallback last, so it never hides a better source', () => {
    expect(SOURCES.at(-1)?.id).toBe('fallback');
  });
});

describe('URL detectors', () => {
  const sites = SOURCES.filter((s) => s.matchesUrl);

  it('give every site source example URLs', () => {
    for (const source of sites) expect(source.exampleUrls?.length, source.id).toBeGreaterThan(0);
  });

  for (const source of sites) {
    it(`${source.id}: its examples match it and no other source`, () => {
      for (const url of source.exampleUrls ?? []) {
        expect(source.matchesUrl?.(url), url).toBe(true);
        for (const other of sites)
          if (other !== source) expect(other.matchesUrl?.(url), `${other.id} on ${url}`).toBe(false);
      }
    });
  }

  it('refuse pages that are not profiles', () => {
    const notProfiles = [
      'https://www.linkedin.com/feed/',
      'https://www.linkedin.com/company/hoshizora-labs-demo/',
      'http://www.linkedin.com/in/aiko-tanaka-demo/',
      'https://linkedin.com.evil.example/in/aiko/',
      'https://github.com/aiko-tanaka-demo/tsunagari',
      'https://github.com/settings',
      'https://x.com/home',
      'https://x.com/aiko/status/1',
      'https://medium.com/@aiko',
      'https://mastodon.example/@aiko/1234',
      'https://aiko.example/',
    ];
    for (const url of notProfiles) for (const s of sites) expect(s.matchesUrl?.(url), `${s.id} on ${url}`).toBe(false);
  });
});
