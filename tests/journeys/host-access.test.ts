import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { launch, type ExtensionBrowser } from './support/launch';
import { clickButton, tabIdBefore, tabIdOf, waitForText } from './support/pages';

const PROFILE = 'https://www.linkedin.com/in/aiko-demo-tanaka/';

let ext: ExtensionBrowser;
beforeEach(async () => {
  // A Firefox user who has not granted LinkedIn access yet (Firefox MV3 treats host permissions as optional).
  ext = await launch({ hostAccess: 'withheld', linkedIn: [[/^\/in\/aiko-demo-tanaka\/?$/, 'linkedin-demo.html']] });
});
afterEach(() => ext.close());

const hasAccess = (page: Parameters<typeof tabIdOf>[0]) =>
  page.evaluate(() => chrome.permissions.contains({ origins: ['https://*.linkedin.com/*'] }));

test('without LinkedIn access the panel asks for it, and once granted the content script runs', async () => {
  const profile = await ext.openWebPage(PROFILE);
  // Opened right after the profile: without host access the extension cannot see the profile tab's address.
  const probe = await ext.openExtensionPage('dashboard.html');
  expect(await hasAccess(probe)).toBe(false);

  const popup = await ext.openExtensionPage(`popup.html?tab=${await tabIdBefore(probe)}`);
  await waitForText(popup, 'Allow Tsunagari on LinkedIn');
  // The page loaded long before the panel finished drawing; no content script put its button on it.
  expect(await profile.evaluate(() => document.readyState)).toBe('complete');
  expect(await ext.hasInPageButton(profile)).toBe(false);

  // A real click: Firefox grants optional permissions only from a user gesture.
  await clickButton(popup, 'Allow on LinkedIn');
  await vi.waitFor(async () => expect(await hasAccess(probe)).toBe(true));
  await vi.waitFor(async () =>
    expect(await popup.evaluate(() => document.body.innerText)).not.toContain('Allow Tsunagari on LinkedIn'),
  );

  // And now the extension may see the profile tab's address.
  await tabIdOf(probe, PROFILE);
  await profile.reload({ waitUntil: 'load' });
  await (await ext.inPageButton(profile, /^Save to Tsunagari$/)).click();
  await ext.inPageButton(profile, /^Saved$/);
});
