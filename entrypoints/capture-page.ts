import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { captureFromDocument } from '../utils/capture';
import type { PageCaptureAnswer } from '../utils/model/page-capture';

/**
 * The generic capture, injected into the active tab on demand (popup, keyboard shortcut, context menu) under
 * activeTab. WXT builds unlisted scripts as an IIFE whose value is main()'s return value, which
 * executeScript hands back to the caller (structured-cloned, so plain data only; read by utils/platform/page-capture.ts).
 */
export default defineUnlistedScript((): PageCaptureAnswer => {
  const selection = (window.getSelection()?.toString() ?? '').trim().slice(0, 20_000);
  return { capture: captureFromDocument(document, location.href, { selection }), selection };
});
