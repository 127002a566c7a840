import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { vi } from 'vitest';
import { linkedInResponse } from '../../e2e/support/linkedin';
import type { ExtensionBrowser, LaunchOptions } from './browser';

/** The built Firefox add-on: `.output/firefox-mv3` unless a build put it elsewhere. */
export const FIREFOX_EXTENSION_PATH = path.resolve(
  process.env.TSUNAGARI_FIREFOX_EXTENSION_PATH ?? path.join(process.env.TSUNAGARI_OUT_DIR ?? '.output', 'firefox-mv3'),
);
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * Fixed by pref so the extension's pages have a known address (Firefox picks a random one per profile).
 * Any uuid will do; this one is the suite's own.
 */
const EXTENSION_UUID = '0d9c2a4e-7f1b-4c3e-9a57-17f1e2e00017';

const LINKEDIN = /^https:\/\/[a-z]+\.linkedin\.com\//;

function geckoId(extensionPath: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionPath, 'manifest.json'), 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${extensionPath}/manifest.json has no gecko id: build with \`npm run build:firefox\`.`);
  return id;
}

function prefs(id: string, options: LaunchOptions, downloadsDir: string): Record<string, unknown> {
  return {
    'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
    // A temporary MV3 add-on gets its host permissions only because this is true; false is the Firefox user
    // who has not granted LinkedIn yet. A later `permissions.request` is then granted without the prompt,
    // which headless Firefox has no window for (the click that asks is still a real one).
    'extensions.originControls.grantByDefault': options.hostAccess !== 'withheld',
    'extensions.webextOptionalPermissionPrompts': false,
    // Nothing may leave the machine: every request not answered by the test goes to a closed local port.
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'network.proxy.allow_hijacking_localhost': true,
    // Downloads (the JSON backup) go straight to a folder of the test's, without asking.
    'browser.download.folderList': 2,
    'browser.download.dir': downloadsDir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.alwaysOpenPanel': false,
    // XUL alerts (no system notification daemon here), shown at once and long enough to be clicked.
    'alerts.useSystemBackend': false,
    'alerts.showFavicons': false,
    'alerts.totalOpenTime': 600_000,
  };
}

/**
 * Puppeteer's BiDi element handle for a node value the protocol serialized, here a closed shadow root: BiDi
 * serializes an element's shadow root even when it is closed (TOOLCHAIN.md). Puppeteer has no public way to
 * make a handle from a remote value, so this uses its own constructor (puppeteer-core is pinned for this).
 */
function handleFor(like: ElementHandle, value: unknown): ElementHandle<ShadowRoot> {
  const ctor = like.constructor as unknown as { from(value: unknown, realm: unknown): ElementHandle<ShadowRoot> };
  return ctor.from(value, (like as unknown as { realm: unknown }).realm);
}

interface NodeRemoteValue {
  type: string;
  value?: { shadowRoot?: { type: string; sharedId?: string } | null };
}

async function shadowButton(page: Page): Promise<ElementHandle<HTMLButtonElement> | null> {
  // The content script's host is a custom element with a random `x-` name, appended to <html>.
  const host = await page.evaluateHandle(
    () => [...document.documentElement.children].find((el) => /^x-[0-9a-f]{12}$/.test(el.localName)) ?? null,
  );
  const element = host.asElement();
  if (!element) return null;
  const remote = (element as unknown as { remoteValue(): NodeRemoteValue }).remoteValue();
  const root = remote.value?.shadowRoot;
  if (!root?.sharedId) return null;
  return handleFor(element as ElementHandle, root).$('button');
}

class FirefoxExtensionBrowser implements ExtensionBrowser {
  readonly name = 'firefox' as const;
  readonly baseUrl = `moz-extension://${EXTENSION_UUID}/`;

  constructor(
    private readonly browser: Browser,
    readonly downloadsDir: string,
    private readonly options: LaunchOptions,
  ) {}

  async openExtensionPage(pathAndQuery: string): Promise<Page> {
    const page = await this.browser.newPage();
    // `page.goto` never resolves on a moz-extension page (no load event reaches BiDi): navigate the
    // browsing context directly and wait for the document to be complete (TOOLCHAIN.md).
    const context = (
      page.mainFrame() as unknown as {
        browsingContext: { navigate(url: string, wait: 'complete'): Promise<unknown> };
      }
    ).browsingContext;
    await context.navigate(this.baseUrl + pathAndQuery, 'complete');
    return page;
  }

  async openWebPage(url: string): Promise<Page> {
    const page = await this.browser.newPage();
    await this.serve(page);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  private async serve(page: Page): Promise<void> {
    const routes = this.options.linkedIn ?? [];
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (LINKEDIN.test(url)) {
        void request.respond(linkedInResponse(routes, url));
      } else {
        // Photos and anything else a fixture links to: refused, as the proxy would.
        void request.abort('internetdisconnected');
      }
    });
  }

  async inPageButton(page: Page, name: RegExp): Promise<ElementHandle<HTMLButtonElement>> {
    return vi.waitFor(
      async () => {
        const button = await shadowButton(page);
        const label = button ? await button.evaluate((b) => b.textContent ?? '') : '';
        if (!button || !name.test(label)) throw new Error(`No in-page button named ${name} (saw "${label}").`);
        return button;
      },
      { timeout: 20_000, interval: 50 },
    );
  }

  async hasInPageButton(page: Page): Promise<boolean> {
    return (await shadowButton(page)) !== null;
  }

  async waitForTab(matches: (url: string) => boolean): Promise<Page> {
    // Puppeteer's idea of a tab's address lags for moz-extension pages (no load event reaches BiDi), so ask
    // each tab's document where it is.
    return vi.waitFor(
      async () => {
        for (const page of await this.browser.pages()) {
          const href = await page.evaluate(() => location.href).catch(() => '');
          if (matches(href)) return page;
        }
        throw new Error('No tab at a matching address yet.');
      },
      { timeout: 20_000, interval: 50 },
    );
  }

  async clickNotification(title: string): Promise<void> {
    // Input actions are refused in chrome scope, but a click dispatched by the alert window's own (system)
    // code is a trusted event, as the user's: it runs the alert's click handler, which tells the add-on.
    // Retried until the alert window has loaded and shows that title.
    await vi.waitFor(
      async () => {
        for (const context of await this.alertContexts()) {
          const { result } = await this.bidi('script.evaluate', {
            target: { context },
            awaitPromise: false,
            expression: `(() => {
              if (document.getElementById('alertTitleLabel')?.getAttribute('value') !== ${JSON.stringify(title)}) return 'other';
              document.getElementById('alertTextLabel').click();
              return 'clicked';
            })()`,
          });
          if ((result as { result?: { value?: unknown } }).result?.value === 'clicked') return;
        }
        throw new Error(`No notification titled "${title}" on screen.`);
      },
      { timeout: 20_000, interval: 50 },
    );
  }

  /** The browsing contexts of the notifications on screen: Firefox's XUL alert windows (chrome scope). */
  private async alertContexts(): Promise<string[]> {
    const { result } = await this.bidi('browsingContext.getTree', { 'moz:scope': 'chrome' });
    return (result as { contexts: Array<{ context: string; url: string }> }).contexts
      .filter((c) => c.url === 'chrome://global/content/alerts/alert.xhtml')
      .map((c) => c.context);
  }

  async notificationsOnScreen(): Promise<Array<{ title: string; text: string; buttons: string[] }>> {
    const alerts = await this.alertContexts();
    const shown = [];
    for (const alert of alerts) {
      const { result: read } = await this.bidi('script.evaluate', {
        target: { context: alert },
        awaitPromise: false,
        // An alert window still loading has no title yet: it is left out until it has one.
        expression: `JSON.stringify({
          title: document.getElementById('alertTitleLabel')?.getAttribute('value') ?? '',
          text: document.getElementById('alertTextLabel')?.textContent ?? '',
          // Everything clickable but Firefox's own close cross and settings menu: an action button would be here.
          buttons: [...document.querySelectorAll('button, toolbarbutton')]
            .filter((b) => b.id !== 'alert-close' && b.id !== 'alertSettings')
            .map((b) => b.getAttribute('label') ?? b.textContent ?? ''),
        })`,
      });
      const note = JSON.parse(String((read as { result: { value: unknown } }).result.value));
      if (note.title) shown.push(note);
    }
    return shown;
  }

  /** A raw WebDriver BiDi command, for what puppeteer does not wrap (chrome-scope contexts). */
  private bidi(method: string, params: object): Promise<{ result: unknown }> {
    const connection = (
      this.browser as unknown as {
        connection: { send(method: string, params: object): Promise<{ result: unknown }> };
      }
    ).connection;
    return connection.send(method, params);
  }

  async close(): Promise<void> {
    await this.browser.close();
    rmSync(this.downloadsDir, { recursive: true, force: true });
  }
}

/**
 * Firefox ESR with the built add-on installed as a temporary add-on, headless, over WebDriver BiDi.
 * `--remote-allow-system-access` lets BiDi navigate to moz-extension:// pages.
 */
export async function launchFirefox(options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const id = geckoId(FIREFOX_EXTENSION_PATH);
  const downloadsDir = mkdtempSync(path.join(tmpdir(), 'tsunagari-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: prefs(id, options, downloadsDir),
  });
  try {
    const installed = await browser.installExtension(FIREFOX_EXTENSION_PATH);
    if (installed !== id) throw new Error(`Installed ${installed}, expected ${id}.`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return new FirefoxExtensionBrowser(browser, downloadsDir, options);
}
