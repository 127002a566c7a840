import type { ExtensionBrowser, LaunchOptions } from './browser';
import { launchFirefox } from './firefox';

export type { ExtensionBrowser, LaunchOptions } from './browser';

/**
 * Launches the browser under test with the built extension installed. `E2E_BROWSER` names it; Firefox is the
 * only one so far (the Chromium journeys are the Playwright suite in tests/e2e).
 */
export function launch(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const name = process.env.E2E_BROWSER ?? 'firefox';
  if (name === 'firefox') return launchFirefox(options);
  throw new Error(`E2E_BROWSER=${name}: no launcher for that browser.`);
}
