import type { ElementHandle, Page } from 'puppeteer-core';

/**
 * The one browser-specific seam of the journey suite: each journey is written once against this, and
 * `launch.ts` picks the implementation (Firefox ESR today, through puppeteer over WebDriver BiDi).
 * Everything else a journey needs (reading the database, clicking, typing) is plain puppeteer on pages
 * this hands out, in `pages.ts`.
 */
export interface ExtensionBrowser {
  readonly name: 'firefox';
  /** Where the extension's pages live, ending in '/': `moz-extension://<fixed uuid>/`. */
  readonly baseUrl: string;
  /** Where files the extension downloads land. */
  readonly downloadsDir: string;
  /** Opens one of the extension's pages (`popup.html?tab=3`, `dashboard.html#/settings`) in a new tab, loaded. */
  openExtensionPage(pathAndQuery: string): Promise<Page>;
  /** Opens a web page in a new tab; LinkedIn addresses are answered from fixtures, anything else is refused. */
  openWebPage(url: string): Promise<Page>;
  /**
   * The in-page button of the LinkedIn content script, inside its closed shadow root, once it shows a label
   * matching `name`. A `click()` on it is a trusted pointer click, as a user's.
   */
  inPageButton(page: Page, name: RegExp): Promise<ElementHandle<HTMLButtonElement>>;
  /** Whether the content script has put its button on the page (without waiting). */
  hasInPageButton(page: Page): Promise<boolean>;
  /** A tab the extension opened by itself (say, from a notification click) whose address matches. */
  waitForTab(matches: (url: string) => boolean): Promise<Page>;
  /** The notifications on screen: title, text and the labels of the action buttons each shows. */
  notificationsOnScreen(): Promise<Array<{ title: string; text: string; buttons: string[] }>>;
  /** Clicks the notification on screen titled `title`, as the user would. */
  clickNotification(title: string): Promise<void>;
  /** Closes the browser and removes its profile. */
  close(): Promise<void>;
}

export interface LaunchOptions {
  /**
   * LinkedIn access at install. Firefox MV3 treats host permissions as optional: 'withheld' is a user who
   * has not granted them yet (the suite lets a later request be granted without a prompt).
   */
  hostAccess?: 'granted' | 'withheld';
  /** LinkedIn paths (regex on the pathname) and the fixture file under tests/fixtures/pages serving each. */
  linkedIn?: Array<[RegExp, string]>;
}
