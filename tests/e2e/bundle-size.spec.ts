import { existsSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { EXTENSION_PATH } from './support/extension';
import { measureBudgets } from '../../bench/bundles.mjs';

// The LinkedIn content script has its own test (capture-bundle-size.spec.ts); these are the other parts.
// The budgets and why each is what it is: bench/bundles.mjs.
const COVERED = ['popup', 'dashboard', 'background', 'capture-page'];

const measured = measureBudgets(EXTENSION_PATH).filter((part) => COVERED.includes(part.id));

test('every part this test covers has a budget', () => {
  expect(measured.map((part) => part.id).sort()).toEqual([...COVERED].sort());
});

for (const part of measured) {
  test(`${part.label} stays within ${part.budget / 1024} KB gzipped`, () => {
    expect(part.present, `${part.label} is in the build`).toBe(true);
    // A page counts everything it loads at start: its scripts, module preloads and style sheets.
    if (part.kind === 'page')
      expect(
        part.files.some((file) => file.endsWith('.js')),
        part.files.join(', '),
      ).toBe(true);
    expect(part.gzip, `${part.label}: ${part.files.join(' + ')} = ${part.gzip} bytes gzipped`).toBeLessThanOrEqual(
      part.budget,
    );
  });
}

test('the shipped build has no bench page', () => {
  expect(existsSync(path.join(EXTENSION_PATH, 'bench.html'))).toBe(false);
});
