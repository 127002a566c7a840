import { browser } from 'wxt/browser';

export interface TargetTab {
  id: number;
  url: string;
}

/**
 * The tab the panel is about: the active tab of the window it was opened over, or — when the worker
 * opens the panel in its own window because `action.openPopup` is unavailable — the `tab` parameter.
 */
export async function findTargetTab(): Promise<TargetTab | null> {
  const param = new URLSearchParams(location.search).get('tab');
  const tab = param
    ? await browser.tabs.get(Number(param)).catch(() => undefined)
    : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  // The panel opened as a tab of its own is not "a page with a person".
  if (!tab || tab.id === undefined || tab.url?.startsWith(browser.runtime.getURL('/'))) return null;
  return { id: tab.id, url: tab.url ?? '' };
}
