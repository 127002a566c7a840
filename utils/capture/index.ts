import { SOURCES } from './registry';
import { isLinkedInHost } from '../model/keys';
import type { CaptureOptions, CaptureResult } from './types';

export type { CaptureOptions, CaptureResult, Layer, SourceModule } from './types';
export { SOURCES } from './registry';
export { toCapturePayload } from './payload';

/**
 * The one entry point of the capture engine: who does this page describe? Pure — it reads `doc` and `url`
 * and nothing else — so the LinkedIn content script, the injected generic capture and the tests share it.
 * Returns null when the page shows nothing person-like.
 */
export function captureFromDocument(doc: Document, url: string, options: CaptureOptions = {}): CaptureResult | null {
  const site = SOURCES.find((source) => source.matchesUrl?.(url));
  if (site) {
    const result = safely(() => site.extract(doc, url, options));
    if (result || site.id === 'linkedin') return result;
  }
  if (onLinkedIn(url)) return null;
  for (const source of SOURCES) {
    if (source.matchesUrl) continue;
    const result = safely(() => source.extract(doc, url, options));
    if (result) return result;
  }
  return null;
}

/** LinkedIn pages other than profiles (feed, companies, jobs) show many people and no single one. */
function onLinkedIn(url: string): boolean {
  try {
    return isLinkedInHost(new URL(url).hostname);
  } catch {
    return false;
  }
}

/** One broken extractor must not stop the others: a hostile page gets nothing rather than an exception. */
function safely(run: () => CaptureResult | null): CaptureResult | null {
  try {
    return run();
  } catch {
    return null;
  }
}
