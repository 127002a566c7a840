import type { CapturePayload } from '../model/capture';
import { CapturePayloadSchema } from '../model/capture';
import { isLinkedInHost, keysForUrl, linkedinKey, linkedinProfileUrl, linkedinSlug } from '../model/keys';
import type { PageCapture } from '../model/page-capture';

/**
 * Which captures Tsunagari accepts, in one place (docs/ARCHITECTURE.md, "Capture pipeline"). A wrong save is worse
 * than none: the address the browser reports decides who a page is about, never what the page claims, and anything
 * unsure goes to the user instead of the database.
 */

/** Sites whose top frames may send captures (the always-on content script runs only there). */
export function isAllowedCaptureUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' && isLinkedInHost(parsed.hostname);
  } catch {
    return false;
  }
}

export type Accepted<T> = { ok: true; value: T } | { ok: false; error: string };

const NOT_A_PROFILE = { ok: false, error: 'Refused: this page is not a profile.' } as const;

/** The LinkedIn profile at `url` (the sender's address), if it is one: its key and its slug. */
function senderProfile(url: string): { key: string; slug: string } | null {
  const key = linkedinKey(url);
  const slug = linkedinSlug(url);
  return key && slug ? { key, slug } : null;
}

/** A lookup from the content script may only ask about the profile its own page shows. */
export function acceptLookup(profileKey: string, url: string): Accepted<string> {
  const profile = senderProfile(url);
  if (!profile) return NOT_A_PROFILE;
  return profileKey === profile.key
    ? { ok: true, value: profile.key }
    : { ok: false, error: 'Refused: the key does not match this page.' };
}

/** A capture from the content script: the profile its page shows, with the profile link rebuilt from the address. */
export function acceptLinkedInCapture(payload: CapturePayload, url: string): Accepted<CapturePayload> {
  const profile = senderProfile(url);
  if (!profile) return NOT_A_PROFILE;
  if (payload.source !== 'linkedin' || payload.profileKey !== profile.key) {
    return { ok: false, error: 'Refused: the capture does not match this page.' };
  }
  return { ok: true, value: { ...payload, profile: { kind: 'linkedin', url: linkedinProfileUrl(profile.slug) } } };
}

/**
 * A capture the shortcut or the menu may save without showing it first: a named person, nothing unsure, and a
 * profile key (if any) that the tab's own address gives. Anything else returns null: the user reviews it.
 */
export function acceptForDirectSave(page: PageCapture | null, url: string): CapturePayload | null {
  const capture = page?.capture;
  if (!capture || capture.needsConfirmation || capture.unsure.length > 0) return null;
  const parsed = CapturePayloadSchema.safeParse({
    source: capture.source,
    profileKey: capture.profileKey,
    profile: capture.profile,
    fields: capture.fields,
  });
  if (!parsed.success || !parsed.data.fields.name) return null;
  if (parsed.data.profileKey !== null && !keysForUrl(url).includes(parsed.data.profileKey)) return null;
  return parsed.data;
}

/** The profile keys a note from this tab may be filed under: the address's own, and the page's if the address gives it. */
export function noteKeysFor(page: PageCapture | null, url: string): string[] {
  const allowed = keysForUrl(url);
  const claimed = page?.capture?.profileKey;
  return claimed && allowed.includes(claimed) ? [claimed, ...allowed.filter((key) => key !== claimed)] : allowed;
}
