/**
 * Canonical profile keys (DESIGN.md, "Capture"): the same key always finds the same person,
 * whatever subdomain, trailing path, query string or percent-encoding the URL came with.
 */

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
  const slug = safeDecode(match[1]).normalize('NFC').toLocaleLowerCase().trim();
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
  const path = safeDecode(parsed.pathname).replace(/\/+$/, '');
  return `web:${host}${path}`;
}
