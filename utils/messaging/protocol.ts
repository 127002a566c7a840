import { z } from '../model/zod';
import { CapturePayloadSchema } from '../model/capture';

/**
 * The whole message protocol, defined once (docs/ARCHITECTURE.md, "Messages"). Every request names its reply in
 * `Protocol`; senders go through `utils/messaging/send.ts` and the background router implements one handler per
 * request type, so a new message cannot be sent without a handler or answered with the wrong shape. The background
 * zod-parses every message and checks who sent it (utils/messaging/guard.ts).
 */

/**
 * What a content script may send: capture a person, ask whether one is saved, ask for its button's words in the
 * user's language, or — from a saved person's in-page button — open their card (the toolbar panel: a note, talked
 * today, the ways to write). Nothing else.
 */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('capture'), payload: CapturePayloadSchema }),
  z.object({ type: z.literal('lookup'), profileKey: z.string().min(1).max(300) }),
  z.object({ type: z.literal('open-card') }),
  z.object({ type: z.literal('button-words') }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** What the extension's own pages may send: they write the database themselves, then tell the worker. */
export const PageMessageSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('data-changed') })]);
export type PageMessage = z.infer<typeof PageMessageSchema>;

export type SaveStatus = 'created' | 'updated' | 'unchanged';

export type CaptureReply = { ok: true; status: SaveStatus; jobChanged: boolean; contactId?: string };
export type LookupReply = { ok: true; saved: boolean };
export type OpenCardReply = { ok: true; opened: 'popup' | 'window' };
/** The in-page button's strings (utils/i18n/messages/capture.ts, `captureButton`), in the language of the settings. */
export type ButtonWordsReply = { ok: true; words: Record<string, string> };
export type DataChangedReply = { ok: true };
export type ErrorReply = { ok: false; error: string };

export type Message = ContentMessage | PageMessage;
export type MessageType = Message['type'];

/** Request → reply, per message type. */
export interface Protocol {
  capture: { request: Extract<Message, { type: 'capture' }>; reply: CaptureReply };
  lookup: { request: Extract<Message, { type: 'lookup' }>; reply: LookupReply };
  'open-card': { request: Extract<Message, { type: 'open-card' }>; reply: OpenCardReply };
  'button-words': { request: Extract<Message, { type: 'button-words' }>; reply: ButtonWordsReply };
  'data-changed': { request: Extract<Message, { type: 'data-changed' }>; reply: DataChangedReply };
}

/** Every reply may instead be a refusal or a failure in plain words. */
export type ReplyTo<T extends MessageType> = Protocol[T]['reply'] | ErrorReply;
export type ReplyFor<M extends Message> = ReplyTo<M['type']>;
export type Reply = ReplyTo<MessageType>;
