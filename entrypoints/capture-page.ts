import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { captureFromDocument } from '../utils/capture';
import type { CaptureResult } from '../utils/capture/types';

/** What `scripting.executeScript({ files: ['/capture-page.js'] })` gets back as the frame's `result`. */
export interface PageCaptureAnswer {
  capture: CaptureResult | null;
  selection: string;
}

/**
 * The generic capture, injected into the active tab on demand (popup, keyboard shortcut, context menu) under
 * activeTab. WXT builds unlisted scripts as an IIFE whose value is main()'s return value, which
 * executeScript hands back to the caller (structured-cloned, so plain data only).
 */
export default defineUnlistedScript((): PageCaptureAnswer => {
  const selection = (window.getSelection()?.toString() ?? '').trim().slice(0, 20_000);
  return { capture: captureFromDocument(document, location.href, { selection }), selection };
});
