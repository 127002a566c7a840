import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { test, expect } from '@playwright/test';
import { EXTENSION_PATH } from './support/extension';

const SCRIPT = path.join(EXTENSION_PATH, 'content-scripts', 'linkedin.js');

test('the always-on LinkedIn content script stays within 8 KB gzipped', () => {
  const code = readFileSync(SCRIPT);
  const gzipped = gzipSync(code, { level: 9 }).length;
  expect(gzipped, `${SCRIPT} is ${gzipped} bytes gzipped`).toBeLessThanOrEqual(8 * 1024);
});

test('the LinkedIn content script bundles neither zod nor React', () => {
  const code = readFileSync(SCRIPT, 'utf8');
  // Markers that survive minification: zod's error class and issue codes, React's element symbol.
  for (const marker of ['ZodError', 'invalid_type', 'too_small', 'react.element', 'react.transitional.element']) {
    expect(code, marker).not.toContain(marker);
  }
});
