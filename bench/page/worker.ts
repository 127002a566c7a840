import { browser } from 'wxt/browser';
import { getSettings, updateSettings } from '../../utils/settings/items';

// A text the worker never sets, so any change means the worker counted and wrote the badge.
const SENTINEL = '…';

export async function setBadgeSentinel(): Promise<void> {
  await browser.action.setBadgeText({ text: SENTINEL });
}

/**
 * Wakes the worker as the product does after a change the worker must follow: a settings write (here the page
 * theme, which the worker does not use, flipped between light and dark) and the `data-changed` message. Then
 * waits until the badge changes from the sentinel. With the worker stopped beforehand this is a cold start
 * (boot, open the database, indexed count, set the badge); with it running it is the warm baseline.
 * Returns ms and the badge text the worker set.
 */
export async function wakeUntilBadge(timeoutMs = 15_000): Promise<{ ms: number; text: string }> {
  const { theme } = await getSettings();
  const start = performance.now();
  await updateSettings({ theme: theme === 'light' ? 'dark' : 'light' });
  // The reply may never come from a worker that is starting; the badge is what is measured.
  void browser.runtime.sendMessage({ type: 'data-changed' }).catch(() => undefined);
  for (;;) {
    const text = await browser.action.getBadgeText({});
    if (text !== SENTINEL) return { ms: performance.now() - start, text };
    if (performance.now() - start > timeoutMs) throw new Error('the worker never set the badge');
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
}

/** Puts back the settings the bench flipped. */
export async function resetTheme(): Promise<void> {
  await updateSettings({ theme: 'auto' });
}
