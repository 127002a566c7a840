import { browser } from 'wxt/browser';
import { z } from '../../utils/model/zod';
import { CAPTURE_SOURCES, CapturedFieldsSchema, type CapturePayload } from '../../utils/model/capture';
import { PROFILE_KINDS } from '../../utils/model/contact';

/**
 * What the injected capture script returns. It ran in the page's world of objects, so its answer is
 * parsed like any other untrusted input before the panel shows or saves it.
 */
const PageCaptureSchema = z.object({
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
export type PageCapture = z.infer<typeof PageCaptureSchema>;
export type PageCaptureResult = NonNullable<PageCapture['capture']>;

export type CaptureOutcome = { ok: true; page: PageCapture } | { ok: false; reason: 'unreadable' };

/** Runs the generic capture in the tab (allowed by activeTab when the user opened the panel). */
export async function captureTab(tabId: number): Promise<CaptureOutcome> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture-page.js'] });
    const parsed = PageCaptureSchema.safeParse(frame?.result ?? { capture: null });
    return parsed.success ? { ok: true, page: parsed.data } : { ok: true, page: { capture: null, selection: '' } };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}

export function toPayload(result: PageCaptureResult, fields: CapturePayload['fields']): CapturePayload {
  return { source: result.source, profileKey: result.profileKey, profile: result.profile, fields };
}
