import { describe, expect, it } from 'vitest';
import { captureFromDocument } from '../../../utils/capture';
import { FIXTURE_CASES } from './fixture-table';
import { loadPage } from './load';

describe('captureFromDocument on each fixture page', () => {
  for (const fixture of FIXTURE_CASES) {
    it(`reads ${fixture.file} as ${fixture.source}`, () => {
      const result = captureFromDocument(loadPage(fixture.file), fixture.url);
      expect(result).not.toBeNull();
      expect(result?.source).toBe(fixture.source);
      expect(result?.profileKey).toBe(fixture.key);
      expect(result?.fields).toMatchObject(fixture.fields);
      expect(result?.needsConfirmation).toBe(fixture.needsConfirmation ?? false);
      // Every field says which layer gave it.
      expect(Object.keys(result?.origin ?? {}).sort()).toEqual(Object.keys(result?.fields ?? {}).sort());
    });
  }
});
