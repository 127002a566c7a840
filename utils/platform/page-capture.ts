import { browser } from 'wxt/browser';
import { EMPTY_PAGE_CAPTURE, PageCaptureSchema, type PageCapture } from '../model/page-capture';

export type PageCaptureOutcome = { ok: true; page: PageCapture } | { ok: false; reason: 'unreadable' };

/**
 * Runs the generic capture in a tab (allowed by activeTab after the user opened the panel, pressed the shortcut or
 * used the menu) and parses its answer. Pages the extension may not script (the web store, browser pages) are
 * 'unreadable'; an answer that does not parse counts as a page with nobody on it.
 */
export async function runPageCapture(tabId: number): Promise<PageCaptureOutcome> {
  try {
    const [frame] = await browser.scripting.executeScript({ target: { tabId }, files: ['/capture-page.js'] });
    const parsed = PageCaptureSchema.safeParse(frame?.result ?? EMPTY_PAGE_CAPTURE);
    return { ok: true, page: parsed.success ? parsed.data : EMPTY_PAGE_CAPTURE };
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
}
