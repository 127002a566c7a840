import { browser } from 'wxt/browser';

/** Opens the dashboard in a new tab, optionally on a route such as `#/person/<id>`. */
export function openDashboard(hash = ''): void {
  void browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') + hash });
}
