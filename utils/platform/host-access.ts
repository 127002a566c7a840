import { browser } from 'wxt/browser';

/**
 * Host access to LinkedIn, which the always-on content script needs.
 *
 * Chrome grants `host_permissions` at install. Firefox MV3 treats them as optional: the add-on is installed
 * without them and the user grants them later (about:addons or a prompt we show). Until then the content
 * script does not run on LinkedIn, so the popup explains that and asks — from a click, because Firefox only
 * shows the permission prompt inside a user gesture.
 */
export const LINKEDIN_ORIGINS = ['https://*.linkedin.com/*'] as const;

/** The part of `browser.permissions` this module uses; tests hand in fakeBrowser's. */
export interface PermissionsPort {
  contains(permissions: { origins?: string[] }): Promise<boolean>;
  request(permissions: { origins?: string[] }): Promise<boolean>;
  onAdded: PermissionsEvent;
  onRemoved: PermissionsEvent;
}
interface PermissionsEvent {
  addListener(callback: (permissions: { origins?: string[] }) => void): void;
  removeListener(callback: (permissions: { origins?: string[] }) => void): void;
}

export type HostAccess = 'checking' | 'granted' | 'missing' | 'unavailable';

/** The banner shows only when we know access is missing: never while checking, never when granted. */
export function shouldOfferHostAccess(access: HostAccess): boolean {
  return access === 'missing';
}

function port(permissions?: PermissionsPort): PermissionsPort | undefined {
  // `browser.permissions` is absent where the API is not exposed (e.g. a content script); treat that as "cannot ask".
  return permissions ?? (browser.permissions as unknown as PermissionsPort | undefined);
}

export async function readHostAccess(permissions?: PermissionsPort): Promise<HostAccess> {
  const api = port(permissions);
  if (!api) return 'unavailable';
  try {
    return (await api.contains({ origins: [...LINKEDIN_ORIGINS] })) ? 'granted' : 'missing';
  } catch {
    // An API that throws cannot grant anything either; hiding the banner beats a button that fails.
    return 'unavailable';
  }
}

/**
 * Asks for LinkedIn access. Call it synchronously from the click handler, with no `await` before it:
 * Firefox drops the user gesture at the first await and then rejects the request.
 */
export function requestHostAccess(permissions?: PermissionsPort): Promise<HostAccess> {
  const api = port(permissions);
  if (!api) return Promise.resolve('unavailable');
  return api.request({ origins: [...LINKEDIN_ORIGINS] }).then(
    (granted) => (granted ? 'granted' : 'missing'),
    () => 'missing' as const,
  );
}

/** A permission change that touches one of our origins (granted or revoked in about:addons, say). */
export function concernsLinkedIn(change: { origins?: string[] }): boolean {
  return (change.origins ?? []).some((origin) => (LINKEDIN_ORIGINS as readonly string[]).includes(origin));
}

/** Calls `onChange` with fresh access whenever LinkedIn access is granted or revoked; returns the unsubscribe. */
export function watchHostAccess(onChange: (access: HostAccess) => void, permissions?: PermissionsPort): () => void {
  const api = port(permissions);
  if (!api) return () => {};
  const listener = (change: { origins?: string[] }) => {
    if (concernsLinkedIn(change)) void readHostAccess(api).then(onChange);
  };
  api.onAdded.addListener(listener);
  api.onRemoved.addListener(listener);
  return () => {
    api.onAdded.removeListener(listener);
    api.onRemoved.removeListener(listener);
  };
}
