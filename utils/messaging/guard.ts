import { ContentMessageSchema, PageMessageSchema, type ContentMessage, type PageMessage } from './protocol';
import { isAllowedCaptureUrl } from './capture-acceptance';

/** The fields of `runtime.MessageSender` that the browser sets; a message cannot forge them. */
export interface SenderInfo {
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

export interface ExtensionIdentity {
  id: string;
  /** e.g. `chrome-extension://<id>/` */
  origin: string;
}

export type Checked =
  | { ok: true; from: 'content'; message: ContentMessage; url: string; tabId: number | undefined }
  | { ok: true; from: 'page'; message: PageMessage }
  | { ok: false; error: string };

function issues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.map(String).join('.') || 'message'}: ${issue.message}`)
    .join('; ');
}

/**
 * Decides what a message may do from who the browser says sent it, never from what it claims:
 * other extensions and web pages are refused; content scripts may only capture (from a top frame
 * of an allowed site, with the URL taken from the sender) and look up; extension pages get the rest.
 */
export function checkMessage(raw: unknown, sender: SenderInfo, self: ExtensionIdentity): Checked {
  if (sender.id !== self.id) return { ok: false, error: 'Refused: the message did not come from this extension.' };

  // The browser sets `url` to the sending document's address; only this extension's own pages (popup,
  // dashboard — also when opened in a tab) have an address in its origin.
  const fromPage = typeof sender.url === 'string' && sender.url.startsWith(self.origin);
  if (fromPage) {
    const parsed = PageMessageSchema.safeParse(raw);
    if (!parsed.success) return { ok: false, error: `Refused: bad message (${issues(parsed.error)}).` };
    return { ok: true, from: 'page', message: parsed.data };
  }

  // In a top frame the tab's URL follows in-page navigation (history.pushState); Chromium keeps the sender's
  // `url` at the address the document loaded with, which on LinkedIn is often the previous profile.
  const url = (sender.frameId === 0 ? sender.tab?.url : undefined) ?? sender.url ?? sender.tab?.url;
  if (sender.tab === undefined || !url) return { ok: false, error: 'Refused: unknown sender.' };
  if (sender.frameId !== 0) return { ok: false, error: 'Refused: only the top frame may send.' };
  // Both addresses must be on an allowed site: the document's own, and the tab's it may have moved to.
  if (!isAllowedCaptureUrl(url) || (sender.url !== undefined && !isAllowedCaptureUrl(sender.url))) {
    return { ok: false, error: 'Refused: this site may not send captures.' };
  }
  const parsed = ContentMessageSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, error: `Refused: bad message (${issues(parsed.error)}).` };
  return { ok: true, from: 'content', message: parsed.data, url, tabId: sender.tab.id };
}
