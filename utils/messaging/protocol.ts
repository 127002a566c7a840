import { z } from '../model/zod';
import { CapturePayloadSchema } from '../model/capture';

/**
 * The whole message protocol, defined once. The background zod-parses every message against it
 * and checks who sent it (utils/messaging/guard.ts); the types below are what each side sends and gets.
 */

/** What a content script may send: capture a person, or ask whether one is saved. Nothing else. */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('capture'), payload: CapturePayloadSchema }),
  z.object({ type: z.literal('lookup'), profileKey: z.string().min(1).max(300) }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;

/** What the extension's own pages may send: they write the database themselves, then tell the worker. */
export const PageMessageSchema = z.discriminatedUnion('type', [z.object({ type: z.literal('data-changed') })]);
export type PageMessage = z.infer<typeof PageMessageSchema>;

export type SaveStatus = 'created' | 'updated' | 'unchanged';

export type CaptureReply = { ok: true; status: SaveStatus; jobChanged: boolean; contactId?: string };
export type LookupReply = { ok: true; saved: boolean };
export type DataChangedReply = { ok: true };
export type ErrorReply = { ok: false; error: string };

export type Reply = CaptureReply | LookupReply | DataChangedReply | ErrorReply;
