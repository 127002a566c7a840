import { seed } from './seed';
import { overdue } from './overdue';
import { searchAsYouType } from './search';
import { importVsRaw } from './import';
import { extraction } from './extraction';
import { resetTheme, setBadgeSentinel, wakeUntilBadge } from './worker';

/** What scripts/bench.mjs calls through `page.evaluate`: every measurement runs here, in the extension's origin. */
const api = { seed, overdue, searchAsYouType, importVsRaw, extraction, setBadgeSentinel, wakeUntilBadge, resetTheme };
export type BenchApi = typeof api;

declare global {
  interface Window {
    bench: BenchApi;
  }
}

window.bench = api;
document.documentElement.dataset.benchReady = 'true';
