import { browser } from 'wxt/browser';
import type { TsunagariDB } from '../../utils/db/database';
import { findByProfileKey, saveCapture } from '../../utils/db/contacts';
import { checkMessage, type ExtensionIdentity, type SenderInfo } from '../../utils/messaging/guard';
import { acceptLinkedInCapture, acceptLookup } from '../../utils/messaging/capture-acceptance';
import type { Message, MessageType, Protocol, Reply, ReplyTo } from '../../utils/messaging/protocol';
import { cadenceForNewPerson } from '../../utils/cadence/new-person';
import { linkedinKey } from '../../utils/model/keys';
import { getSettings } from '../../utils/settings/items';
import { buttonWords } from '../../utils/i18n';

export interface RouterDeps {
  db: TsunagariDB;
  self: ExtensionIdentity;
  /** Called after every write, so the badge follows the data. */
  onWrite: () => Promise<unknown>;
}

/** What the handler knows about the sender beyond the message: the address the browser reports for it. */
interface Context {
  deps: RouterDeps;
  /** The sending content script's page (absent for the extension's own pages). */
  url: string;
  /** The sending content script's tab. */
  tabId?: number;
}

/**
 * The card a saved person's in-page button opens: the toolbar panel over that tab (its person card has the note,
 * "talked today" and the ways to write), or — where the browser refuses openPopup — the same panel in a small window
 * for that tab. The panel lives in the extension's pages, so the always-on script stays within its size budget.
 */
async function openCard(tabId: number | undefined): Promise<'popup' | 'window'> {
  try {
    await browser.action.openPopup();
    return 'popup';
  } catch {
    const url = `${browser.runtime.getURL('/popup.html')}${tabId === undefined ? '' : `?tab=${tabId}`}`;
    await browser.windows.create({ url, type: 'popup', width: 400, height: 640 });
    return 'window';
  }
}

type Handlers = { [T in MessageType]: (message: Protocol[T]['request'], context: Context) => Promise<ReplyTo<T>> };

/** One handler per message type of the protocol: adding a message without its handler does not compile. */
const HANDLERS: Handlers = {
  async lookup(message, { deps, url }) {
    const key = acceptLookup(message.profileKey, url);
    if (!key.ok) return key;
    return { ok: true, saved: (await findByProfileKey(deps.db, key.value)) !== undefined };
  },
  async capture(message, { deps, url }) {
    const accepted = acceptLinkedInCapture(message.payload, url);
    if (!accepted.ok) return accepted;
    const result = await saveCapture(deps.db, accepted.value, {
      url,
      cadenceDays: cadenceForNewPerson(await getSettings()),
    });
    await deps.onWrite();
    return { ok: true, status: result.status, jobChanged: result.jobChanged };
  },
  async 'open-card'(_message, { deps, url, tabId }) {
    // Only for a saved person the page shows: the key comes from the sender's address, never from the message.
    const key = acceptLookup(linkedinKey(url) ?? '', url);
    if (!key.ok) return key;
    if (!(await findByProfileKey(deps.db, key.value))) return { ok: false, error: 'This person is not saved yet.' };
    return { ok: true, opened: await openCard(tabId) };
  },
  async 'button-words'() {
    return { ok: true, words: buttonWords((await getSettings()).language, navigator.language) };
  },
  async 'data-changed'(_message, { deps }) {
    await deps.onWrite();
    return { ok: true };
  },
};

function dispatch<M extends Message>(message: M, context: Context): Promise<Reply> {
  const handler = HANDLERS[message.type] as (message: M, context: Context) => Promise<Reply>;
  return handler(message, context);
}

/** One entry point for every runtime message: check the sender, parse, dispatch, reply. */
export async function routeMessage(raw: unknown, sender: SenderInfo, deps: RouterDeps): Promise<Reply> {
  const checked = checkMessage(raw, sender, deps.self);
  if (!checked.ok) return checked;
  try {
    return await dispatch(checked.message, {
      deps,
      url: checked.from === 'content' ? checked.url : '',
      tabId: checked.from === 'content' ? checked.tabId : undefined,
    });
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

export function extensionIdentity(): ExtensionIdentity {
  return { id: browser.runtime.id, origin: browser.runtime.getURL('/') };
}
