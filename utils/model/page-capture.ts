import { z } from './zod';
import { CAPTURE_SOURCES, CapturedFieldsSchema } from './capture';
import { PROFILE_KINDS } from './contact';

/**
 * What the injected capture (`entrypoints/capture-page.ts`) hands back from `scripting.executeScript`. It ran among
 * the page's objects, so whoever reads it — the popup or the background's shortcut and menu — parses it with this
 * one schema before showing or saving anything.
 */
export const PageCaptureSchema = z.object({
  capture: z
    .object({
      source: z.enum(CAPTURE_SOURCES),
      profileKey: z.string().max(2100).nullable(),
      profile: z.object({ kind: z.enum(PROFILE_KINDS), url: z.string().max(4096) }).nullable(),
      fields: CapturedFieldsSchema,
      unsure: z.array(z.string().max(40)).max(20).default([]),
      needsConfirmation: z.boolean().default(false),
    })
    .nullable(),
  selection: z.string().max(20_000).default(''),
});

/** What the injected script returns (before parsing). */
export type PageCaptureAnswer = z.input<typeof PageCaptureSchema>;
/** What a reader gets after parsing. */
export type PageCapture = z.infer<typeof PageCaptureSchema>;
export type PageCaptureResult = NonNullable<PageCapture['capture']>;

export const EMPTY_PAGE_CAPTURE: PageCapture = { capture: null, selection: '' };
