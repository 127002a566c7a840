import { browser } from 'wxt/browser';
import type { TsunagariDB } from '../../utils/db/database';
import { findByProfileKey, saveCapture } from '../../utils/db/contacts';
import { checkMessage, type ExtensionIdentity, type SenderInfo } from '../../utils/messaging/guard';
import type { ContentMessage, Reply } from '../../utils/messaging/protocol';
import { linkedinKey, linkedinProfileUrl, linkedinSlug } from '../../utils/model/keys';
import { resolveCadence } from '../../utils/cadence/due';
import { getSettings } from '../../utils/settings/items';

export interface RouterDeps {
  db: TsunagariDB;
  self: ExtensionIdentity;
  /** Called after every write, so the badge follows the data. */
  onWrite: () => Promise<unknown>;
}

async function handleContent(message: ContentMessage, url: string, deps: RouterDeps): Promise<Reply> {
  // The page may lie about who it shows; the URL the browser reports for the sender may not.
  const key = linkedinKey(url);
  const slug = linkedinSlug(url);
  if (!key || !slug) return { ok: false, error: 'Refused: this page is not a profile.' };

  if (message.type === 'lookup') {
    if (message.profileKey !== key) return { ok: false, error: 'Refused: the key does not match this page.' };
    return { ok: true, saved: (await findByProfileKey(deps.db, key)) !== undefined };
  }

  const { payload } = message;
  if (payload.source !== 'linkedin' || payload.profileKey !== key) {
    return { ok: false, error: 'Refused: the capture does not match this page.' };
  }
  const settings = await getSettings();
  const result = await saveCapture(
    deps.db,
    { ...payload, profile: { kind: 'linkedin', url: linkedinProfileUrl(slug) } },
    { url, cadenceDays: resolveCadence([], settings.defaultCadenceDays, settings.tagCadences) },
  );
  await deps.onWrite();
  return { ok: true, status: result.status, jobChanged: result.jobChanged };
}

/** One entry point for every runtime message: check the sender, parse, dispatch, reply. */
export async function routeMessage(raw: unknown, sender: SenderInfo, deps: RouterDeps): Promise<Reply> {
  const checked = checkMessage(raw, sender, deps.self);
  if (!checked.ok) return checked;
  try {
    if (checked.from === 'content') return await handleContent(checked.message, checked.url, deps);
    await deps.onWrite();
    return { ok: true };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function extensionIdentity(): ExtensionIdentity {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}
