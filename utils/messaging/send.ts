import { browser } from 'wxt/browser';
import type { Message, ReplyFor } from './protocol';

/**
 * The one way to message the background: the reply's type follows from the request's (utils/messaging/protocol.ts).
 * Throws when the message cannot be delivered (the worker restarting, the extension updated under a content script).
 */
export async function sendToWorker<M extends Message>(message: M): Promise<ReplyFor<M>> {
  return (await browser.runtime.sendMessage(message)) as ReplyFor<M>;
}
