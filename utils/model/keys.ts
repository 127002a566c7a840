/**
 * Canonical profile keys (docs/ARCHITECTURE.md, "Capture pipeline"): the same key always finds the same person,
 * whatever subdomain, trailing path, query string or percent-encoding the URL came with.
 */

/**
 * Characters that render as nothing: zero-width space/joiners, word joiner, BOM, soft hyphen, Mongolian vowel
 * separator, combining grapheme joiner, Hangul fillers. In text they may be meaningful; in a key they only make
 * `taro\u200b-yamada` a different person from `taro-yamada`.
 */
const INVISIBLE_IN_KEYS =
  /\u034F|[\u00AD\u061C\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFEFF\uFFA0]/g;

/** The text of a key part without invisible characters. */
export function stripInvisible(part: string): string {
  return part.replace(INVISIBLE_IN_KEYS, '');
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isLinkedInHost(host: string): boolean {
  return host === 'linkedin.com' || host.endsWith('.linkedin.com');
}

/** `/in/<slug>` on any LinkedIn subdomain → the slug, lower-cased and percent-decoded. */
export function linkedinSlug(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:' || !isLinkedInHost(parsed.hostname)) return null;
  const match = /^\/in\/([^/?#]+)/.exec(parsed.pathname);
  if (!match?.[1]) return null;
  const slug = stripInvisible(safeDecode(match[1]).normalize('NFC')).toLocaleLowerCase().trim();
  return slug && !/[\s/]/.test(slug) ? slug : null;
}

export function linkedinKey(url: string): string | null {
  const slug = linkedinSlug(url);
  return slug ? `linkedin:${slug}` : null;
}

/** The profile URL a key stands for, as a user would open it. */
export function linkedinProfileUrl(slug: string): string {
  return `https://www.linkedin.com/in/${encodeURIComponent(slug)}/`;
}

/** `web:` keys: scheme-less host (no www) and path without trailing slash, query or fragment. */
export function webKey(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')) return null;
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = stripInvisible(safeDecode(parsed.pathname)).replace(/\/+$/, '');
  return `web:${host}${path}`;
}

// GitHub paths that are site pages, not accounts (https://github.com/<reserved>).
const GITHUB_RESERVED = new Set([
  'about',
  'account',
  'apps',
  'blog',
  'codespaces',
  'collections',
  'contact',
  'customer-stories',
  'dashboard',
  'enterprise',
  'events',
  'explore',
  'features',
  'issues',
  'login',
  'marketplace',
  'new',
  'notifications',
  'orgs',
  'organizations',
  'pricing',
  'pulls',
  'search',
  'security',
  'settings',
  'signup',
  'sponsors',
  'team',
  'topics',
  'trending',
  'join',
  'logout',
  'site',
  'stars',
  'watching',
  'codes',
  'readme',
  'resources',
  'solutions',
]);

/** `github.com/<login>` (one path segment) → the login, lower-cased; repositories and site pages give null. */
export function githubLogin(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:' || parsed.hostname.toLowerCase() !== 'github.com') return null;
  const match = /^\/([A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38})\/?$/.exec(parsed.pathname);
  const login = match?.[1]?.toLowerCase();
  return login && !GITHUB_RESERVED.has(login) ? login : null;
}

export function githubKey(url: string): string | null {
  const login = githubLogin(url);
  return login ? `github:${login}` : null;
}

const X_HOSTS = new Set(['x.com', 'www.x.com', 'twitter.com', 'www.twitter.com', 'mobile.twitter.com', 'mobile.x.com']);
// First path segments on X that are app pages rather than handles.
const X_RESERVED = new Set([
  'home',
  'explore',
  'notifications',
  'messages',
  'i',
  'settings',
  'search',
  'compose',
  'login',
  'logout',
  'signup',
  'tos',
  'privacy',
  'intent',
  'share',
  'hashtag',
  'jobs',
  'account',
  'bookmarks',
  'lists',
  'communities',
  'premium',
]);

/** `x.com/<handle>` or `twitter.com/<handle>` (optionally a profile tab) → the handle, lower-cased. */
export function xHandle(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:' || !X_HOSTS.has(parsed.hostname.toLowerCase())) return null;
  const match = /^\/([A-Za-z0-9_]{1,15})(?:\/(?:with_replies|media|likes|highlights|articles))?\/?$/.exec(
    parsed.pathname,
  );
  const handle = match?.[1]?.toLowerCase();
  return handle && !X_RESERVED.has(handle) ? handle : null;
}

export function xKey(url: string): string | null {
  const handle = xHandle(url);
  return handle ? `x:${handle}` : null;
}

// Sites with `/@user` paths that are not Mastodon (or any fediverse server).
const NOT_MASTODON = new Set([
  'medium.com',
  'www.medium.com',
  'youtube.com',
  'www.youtube.com',
  'm.youtube.com',
  'tiktok.com',
  'www.tiktok.com',
  'threads.net',
  'www.threads.net',
  'threads.com',
  'www.threads.com',
  'vimeo.com',
  'www.vimeo.com',
]);

/**
 * `https://<server>/@user` → `user@server`; `https://<server>/@user@home` (a remote account viewed on
 * another server) → `user@home`, so the same account has one key wherever it was seen.
 */
export function mastodonAccount(url: string): string | null {
  const parsed = parse(url);
  if (!parsed || parsed.protocol !== 'https:') return null;
  const host = parsed.hostname.toLowerCase();
  if (NOT_MASTODON.has(host) || host.endsWith('.medium.com')) return null;
  const match = /^\/@([A-Za-z0-9_]{1,30})(?:@([A-Za-z0-9.-]+\.[A-Za-z]{2,}))?\/?$/.exec(parsed.pathname);
  if (!match?.[1]) return null;
  return `${match[1].toLowerCase()}@${(match[2] ?? host).toLowerCase()}`;
}

/**
 * The key only where the page's host is the account's home server. `/@user@home` is a path any site can serve
 * (`https://evil.example/@victim@mastodon.social`), so only the server that hosts an account speaks for it; a
 * remote account viewed on another server is keyed by that page's own address (`web:`), and the user can merge.
 */
export function mastodonKey(url: string): string | null {
  const account = mastodonAccount(url);
  if (!account) return null;
  const host = parse(url)?.hostname.toLowerCase();
  return account.endsWith(`@${host}`) ? `mastodon:${account}` : null;
}

/** Every key a page at `url` may legitimately claim; the background refuses a capture whose key is not one. */
export function keysForUrl(url: string): string[] {
  return [linkedinKey(url), githubKey(url), xKey(url), mastodonKey(url), webKey(url)].filter(
    (key): key is string => key !== null,
  );
}

/** A stored key as the index must see it: no invisible characters, NFC, trimmed (restore and sync pass through here). */
export function normalizeProfileKey(key: string): string {
  return stripInvisible(key.normalize('NFC')).trim();
}
