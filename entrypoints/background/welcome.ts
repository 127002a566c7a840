import { browser } from 'wxt/browser';

/**
 * A new install opens the welcome page (issue 15): what the badge means, pinning the icon, importing from LinkedIn.
 * Only on `install`: an update or a browser update must not open a tab.
 */
export async function openWelcomeOnInstall(reason: string): Promise<void> {
  if (reason !== 'install') return;
  await browser.tabs.create({ url: `${browser.runtime.getURL('/dashboard.html')}#/welcome` });
}
