import type { Page, Worker } from '@playwright/test';
import { test, expect } from './support/extension';
import { readTableScript, serveLinkedIn } from './support/linkedin';
import { buttonNames, clickShadowButton } from './support/shadow-click';

/*
 * The in-page button against the page it lives in. tests/e2e/capture-linkedin.spec.ts already shows a decoy with
 * pointer-events:none and a faded host; here: the host's name, the closed root, synthetic clicks of every kind,
 * a covering overlay, a transparent ancestor, and the old script after an extension update.
 */

const PROFILE = 'https://www.linkedin.com/in/aiko-demo-tanaka/';
const SAVE = /^Save to Tsunagari$/;
// On a loaded machine the button can take a while: the script waits for LinkedIn's page to settle.
const APPEAR = { timeout: 30_000 };

function contactCount(worker: Worker): Promise<number> {
  return worker.evaluate(readTableScript('contacts')).then((rows) => (rows as unknown[]).length);
}

async function openProfile(page: Page) {
  await serveLinkedIn(page.context(), [[/^\/in\/(aiko-demo-tanaka|daichi-demo-ishikawa)\/?$/, 'linkedin-demo.html']]);
  await page.context().route('https://media.licdn.com/**', (route) => route.fulfill({ status: 204 }));
  await page.goto(PROFILE);
  await clickShadowButton(page, SAVE, { click: false, ...APPEAR });
}

/** What the page itself can see of our UI: children of <html> it did not write (not <head>, not <body>). */
const FOREIGN_HOSTS = `Array.from(document.documentElement.children).filter((el) => el.tagName !== 'HEAD' && el.tagName !== 'BODY')`;

function hostNames(page: Page): Promise<string[]> {
  return page.evaluate(`${FOREIGN_HOSTS}.map((el) => el.localName)`) as Promise<string[]>;
}

/** Gives the page's changes (and IntersectionObserver v2's visibility delay) time to settle on a busy machine. */
function settle(page: Page) {
  return page.waitForTimeout(800);
}

test('the host element has a different, unguessable name on every load', async ({ context }) => {
  const page = await context.newPage();
  await openProfile(page);
  const [first] = await hostNames(page);
  await page.reload();
  await clickShadowButton(page, SAVE, { click: false, ...APPEAR });
  const second = await hostNames(page);
  expect(second).toHaveLength(1);
  expect(first).toMatch(/^x-[0-9a-f]{12}$/);
  expect(second[0]).toMatch(/^x-[0-9a-f]{12}$/);
  expect(second[0]).not.toBe(first);
});

test('the shadow root is closed: the page cannot reach the button, its text or its styles', async ({ context }) => {
  const page = await context.newPage();
  await openProfile(page);
  const seen = await page.evaluate(`(() => {
    const hosts = ${FOREIGN_HOSTS};
    const host = hosts[0];
    return {
      hosts: hosts.length,
      shadowRoot: host.shadowRoot,
      lightChildren: host.childNodes.length,
      text: host.textContent,
      buttonsInDocument: Array.from(document.querySelectorAll('button')).filter((b) => /Tsunagari/.test(b.textContent)).length,
      pointLandsOn: (() => { const r = host.getBoundingClientRect(); const el = document.elementFromPoint(r.right - 20, r.bottom - 15); return el === host ? 'host' : String(el && el.tagName); })(),
    };
  })()`);
  expect(seen).toEqual({
    hosts: 1,
    shadowRoot: null,
    lightChildren: 0,
    text: '',
    buttonsInDocument: 0,
    pointLandsOn: 'host',
  });
  // The button is there for the user (and for assistive technology), just not for the page's scripts.
  expect(await buttonNames(page)).toContain('Save to Tsunagari');
});

test('synthetic clicks and key presses from page script save nothing', async ({ context, worker }) => {
  const page = await context.newPage();
  await openProfile(page);
  await page.evaluate(`(() => {
    const host = ${FOREIGN_HOSTS}[0];
    const r = host.getBoundingClientRect();
    const at = { bubbles: true, composed: true, cancelable: true, clientX: r.right - 40, clientY: r.bottom - 20 };
    host.click();
    host.dispatchEvent(new MouseEvent('click', at));
    host.dispatchEvent(new PointerEvent('pointerdown', at));
    host.dispatchEvent(new MouseEvent('mousedown', at));
    host.dispatchEvent(new MouseEvent('mouseup', at));
    document.elementFromPoint(at.clientX, at.clientY).click();
    host.focus();
    host.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    host.dispatchEvent(new KeyboardEvent('keyup', { key: ' ', bubbles: true, composed: true }));
  })()`);
  await settle(page);
  expect(await contactCount(worker)).toBe(0);
  expect(await buttonNames(page)).toContain('Save to Tsunagari');
});

test('a page overlay over the button, or a transparent ancestor, makes a real click save nothing', async ({
  context,
  worker,
}) => {
  const page = await context.newPage();
  await openProfile(page);

  // A full-screen layer on top that lets the click through to our button beneath: the user sees only the layer.
  await page.evaluate(() => {
    const cover = document.createElement('div');
    cover.id = 'cover';
    cover.style.cssText =
      'position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,0.98);pointer-events:none;';
    document.documentElement.append(cover);
  });
  await settle(page);
  await clickShadowButton(page, SAVE);
  await settle(page);
  expect(await contactCount(worker)).toBe(0);

  // The same layer catching the click itself: it never reaches us.
  await page.evaluate(() => document.getElementById('cover')!.style.removeProperty('pointer-events'));
  await settle(page);
  await clickShadowButton(page, SAVE);
  await settle(page);
  expect(await contactCount(worker)).toBe(0);

  // Our host's ancestor (<html>) made fully transparent, so the click lands on a button no one can see.
  await page.evaluate(() => {
    document.getElementById('cover')!.remove();
    document.documentElement.style.setProperty('opacity', '0', 'important');
  });
  await settle(page);
  await clickShadowButton(page, SAVE);
  await settle(page);
  expect(await contactCount(worker)).toBe(0);

  // The host itself made transparent, overriding its own inline !important.
  await page.evaluate(`(() => {
    document.documentElement.style.removeProperty('opacity');
    ${FOREIGN_HOSTS}[0].style.setProperty('opacity', '0', 'important');
  })()`);
  await settle(page);
  await clickShadowButton(page, SAVE);
  await settle(page);
  expect(await contactCount(worker)).toBe(0);

  // Seen plainly, the same button saves: the refusals above came from the guards.
  await page.evaluate(`${FOREIGN_HOSTS}[0].style.removeProperty('opacity')`);
  await page.waitForTimeout(1500);
  await clickShadowButton(page, SAVE);
  await expect.poll(() => contactCount(worker), { timeout: 20_000 }).toBe(1);
});

test('after an extension update the old script removes its button and listeners without an error, and no second button appears', async ({
  context,
  worker,
}) => {
  test.setTimeout(120_000);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await openProfile(page);
  expect(await hostNames(page)).toHaveLength(1);

  // An update starts with the running version being unloaded: every content script it injected is orphaned
  // (browser.runtime.id becomes undefined). Headless Chromium with --load-extension does not load the extension
  // again after this reload, so what is checked here is the old script's side of an update.
  await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await expect
    .poll(
      async () =>
        (await context.newCDPSession(page).then((s) => s.send('Target.getTargets'))).targetInfos.some(
          (t) => t.type === 'service_worker',
        ),
      {
        timeout: 30_000,
      },
    )
    .toBe(false);

  // The old script learns it is orphaned at its next turn: one of its own pending timers, or else the user's click.
  // Either way the button goes; the click (if the button is still there) must not save or throw.
  await clickShadowButton(page, SAVE, { timeout: 2_000 }).catch(() => undefined);
  await expect.poll(() => hostNames(page), { timeout: 20_000 }).toEqual([]);
  await page.getByRole('link', { name: 'Daichi Ishikawa' }).click();
  await expect(page).toHaveURL('https://www.linkedin.com/in/daichi-demo-ishikawa/');
  // Longer than the script's last settle delay (3 s): an old listener still alive would have shown a button.
  await page.waitForTimeout(5_000);
  expect(await hostNames(page)).toEqual([]);
  expect(await buttonNames(page)).not.toContain('Save to Tsunagari');
  // Back to the first profile: no listener left to bring the button back either.
  await page.goBack();
  await page.waitForTimeout(5_000);
  expect(await hostNames(page)).toEqual([]);
  expect(errors.filter((e) => /invalidated|Uncaught|tsunagari|runtime/i.test(e))).toEqual([]);
});
