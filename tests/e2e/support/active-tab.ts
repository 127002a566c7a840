import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { EXTENSION_PATH } from './extension';

/**
 * A copy of the built extension whose manifest also lists `origins` as host permissions.
 *
 * On a real browser the user's click on the toolbar icon grants `activeTab` for the current tab, and the
 * panel injects the capture script under that grant. Playwright cannot click the browser's toolbar, and
 * Chromium does not grant `activeTab` to `action.openPopup()` or to a panel opened as a tab, so tests stand
 * the click in with a host permission for the test site — in a temporary copy, never in the shipped build.
 */
export function extensionWithHostAccess(origins: string[]): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'tsunagari-ext-'));
  cpSync(EXTENSION_PATH, dir, { recursive: true });
  const manifestPath = path.join(dir, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { host_permissions?: string[] };
  manifest.host_permissions = [...(manifest.host_permissions ?? []), ...origins];
  writeFileSync(manifestPath, JSON.stringify(manifest));
  return dir;
}
