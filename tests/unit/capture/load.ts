import { readFileSync } from 'node:fs';
import path from 'node:path';

export const PAGES_DIR = path.resolve('tests/fixtures/pages');

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

export function loadPage(file: string): Document {
  return parseHtml(readFileSync(path.join(PAGES_DIR, file), 'utf8'));
}
