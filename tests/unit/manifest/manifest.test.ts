import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConfigEnv, UserManifest } from 'wxt';
import config from '../../../wxt.config';
import { LINKEDIN_ORIGINS } from '../../../utils/platform/host-access';

/**
 * The manifest is tested from the config function itself, for every target we ship, so the test never depends
 * on a build someone else left in `.output` (several builds share the checkout).
 */
const ROOT = path.resolve(__dirname, '../../..');
const TARGETS: Array<Pick<ConfigEnv, 'browser' | 'manifestVersion'>> = [
  { browser: 'chrome', manifestVersion: 3 },
  { browser: 'firefox', manifestVersion: 3 },
];

function manifestFor(target: (typeof TARGETS)[number]): UserManifest {
  const manifest = config.manifest;
  if (typeof manifest !== 'function') throw new Error('wxt.config.ts: manifest is expected in its function form');
  const env = { ...target, mode: 'production', command: 'build' } as ConfigEnv;
  return manifest(env) as UserManifest;
}

function readJson(file: string): Record<string, { message: string }> {
  return JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, { message: string }>;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return filesUnder(full, ext);
    return name.endsWith(ext) ? [full] : [];
  });
}

describe.each(TARGETS)('manifest for $browser MV$manifestVersion', (target) => {
  const manifest = manifestFor(target);
  const text = JSON.stringify(manifest);

  it('asks for exactly the permissions the design lists', () => {
    expect(manifest.permissions).toEqual([
      'storage',
      'unlimitedStorage',
      'alarms',
      'activeTab',
      'scripting',
      'notifications',
      'contextMenus',
    ]);
    expect(manifest).not.toHaveProperty('optional_permissions');
  });

  it('has host access to LinkedIn only, the same origin the Firefox permission prompt asks for', () => {
    expect(manifest.host_permissions).toEqual(['https://*.linkedin.com/*']);
    expect(manifest.host_permissions).toEqual([...LINKEDIN_ORIGINS]);
    // Sync asks for its server's origin at the click (Settings → Sync); nothing broader is granted at install.
    expect(manifest.optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
  });

  it('does not relax the content security policy or allow eval', () => {
    expect(manifest).not.toHaveProperty('content_security_policy');
    expect(text).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
  });

  it('names no remote script, page or resource', () => {
    // Every URL the manifest may contain is a match pattern for LinkedIn, or sync's optional (asked-at-the-click)
    // server origin; anything else would be remote code or data.
    const { optional_host_permissions: _optional, ...rest } = manifest;
    const urls = JSON.stringify(rest).match(/[a-z-]+:\/\/[^"]*/g) ?? [];
    expect(urls.every((url) => url === 'https://*.linkedin.com/*')).toBe(true);
    expect(manifest).not.toHaveProperty('externally_connectable');
    expect(manifest).not.toHaveProperty('web_accessible_resources');
  });

  it('takes its name, description and texts from locale files that have every key in English and Japanese', () => {
    expect(manifest.name).toMatch(/^__MSG_\w+__$/);
    expect(manifest.description).toMatch(/^__MSG_\w+__$/);
    expect(manifest.default_locale).toBe('en');
    const keys = [...text.matchAll(/__MSG_(\w+)__/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThanOrEqual(2);
    for (const lang of ['en', 'ja']) {
      const messages = readJson(`public/_locales/${lang}/messages.json`);
      for (const key of keys) {
        expect(messages[key]?.message, `${lang}: ${key}`).toBeTruthy();
      }
    }
  });

  it('declares icons that exist in public/ at the size their key says', () => {
    const icons: Record<string, string> = {
      ...(manifest.icons as Record<string, string> | undefined),
      ...(manifest.action?.default_icon as Record<string, string> | undefined),
    };
    expect(Object.keys(manifest.icons ?? {}).map(Number)).toEqual(expect.arrayContaining([16, 32, 48, 96, 128]));
    for (const [size, file] of Object.entries(icons)) {
      expect(pngSize(path.join(ROOT, 'public', file))).toEqual([Number(size), Number(size)]);
    }
  });
});

describe('browser-specific keys', () => {
  it('gives Firefox its add-on id and data-collection declaration (none collected)', () => {
    const gecko = manifestFor({ browser: 'firefox', manifestVersion: 3 }).browser_specific_settings?.gecko as
      Record<string, unknown> | undefined;
    expect(gecko?.data_collection_permissions).toEqual({ required: ['none'] });
  });

  it('has a permanent add-on id in a form AMO accepts, not a placeholder', () => {
    const gecko = manifestFor({ browser: 'firefox', manifestVersion: 3 }).browser_specific_settings?.gecko;
    // AMO takes a GUID in braces or an email-like `name@domain`; a reserved domain (.invalid, .test,
    // .example) or a Mozilla one is a placeholder that must not ship.
    const id = String(gecko?.id);
    const guid = /^\{[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}$/i;
    const emailLike = /^[a-z0-9-._]*@[a-z0-9-._]+$/i;
    expect(guid.test(id) || emailLike.test(id)).toBe(true);
    expect(id).not.toMatch(/\.(invalid|test|example|localhost)$|@(mozilla|firefox)\./i);
    expect(id.length).toBeLessThanOrEqual(80);
  });

  it('asks for the Firefox that has every API it uses: 140 (data_collection_permissions), 142 on Android', () => {
    const settings = manifestFor({ browser: 'firefox', manifestVersion: 3 }).browser_specific_settings as
      { gecko?: { strict_min_version?: string }; gecko_android?: { strict_min_version?: string } } | undefined;
    expect(settings?.gecko?.strict_min_version).toBe('140.0');
    expect(settings?.gecko_android?.strict_min_version).toBe('142.0');
  });

  it('keeps Firefox-only keys out of the Chrome manifest', () => {
    expect(manifestFor({ browser: 'chrome', manifestVersion: 3 })).not.toHaveProperty('browser_specific_settings');
  });
});

describe('extension pages', () => {
  it('give the toolbar button a localized title', () => {
    // WXT copies the popup's <title> into action.default_title, over the manifest's own value.
    const html = readFileSync(path.join(ROOT, 'entrypoints/popup/index.html'), 'utf8');
    const title = /<title>([^<]*)<\/title>/i.exec(html)?.[1]?.trim();
    if (title !== undefined) expect(title).toMatch(/^__MSG_\w+__$/);
  });

  it('load no script from another origin', () => {
    const pages = filesUnder(path.join(ROOT, 'entrypoints'), '.html');
    expect(pages.length).toBeGreaterThan(0);
    for (const page of pages) {
      const html = readFileSync(page, 'utf8');
      const sources = [...html.matchAll(/<script[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)].map((m) => m[1]!);
      for (const src of sources) expect(src, page).not.toMatch(/^(https?:)?\/\//i);
      expect(html, page).not.toMatch(/http-equiv\s*=\s*["']?content-security-policy/i);
    }
  });
});
