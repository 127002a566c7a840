import { readFileSync } from 'node:fs';
import path from 'node:path';

const DIR = path.resolve('tests/fixtures/import');

export function fixtureBytes(name: string): Uint8Array {
  return new Uint8Array(readFileSync(path.join(DIR, name)));
}

export function fixtureText(name: string): string {
  return readFileSync(path.join(DIR, name), 'utf8');
}
