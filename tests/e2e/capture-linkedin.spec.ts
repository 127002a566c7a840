import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { test, expect } from './support/extension';
import { readTableScript, serveLinkedIn } from './support/linkedin';
import { buttonNames, clickShadowButton } from './support/shadow-click';

const FIRST = 'https://www.linkedin.com/in/aiko-demo-tanaka/';

interface Row {
  name: string;
  headline: string;
  company: string;
  title: string;
  location: string;
  avatarUrl: string;
  profileKeys: string[];
  jobChange: { from: string; to: string } | null;
}

function contacts(worker: Worker): Promise<Row[]> {
  return worker.evaluate(readTableScript('contacts')) as Promise<Row[]>;
}

/** Profile photos come from LinkedIn's media host; tests answer with a small generated image, offline. */
async function servePhotos(page: Page) {
  await page.context().route('https://media.licdn.com/**', (route) =>
    route.fulfill({
      status: 200,
      contentType: 'image/svg+xml',
      body: '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle cx="32" cy="32" r="30" fill="#8aa"/></svg>',
    }),
  );
}

async function openDemo(page: Page) {
  await serveLinkedIn(page.context(), [[/^\/in\/(aiko-demo-tanaka|daichi-demo-ishikawa)\/?$/, 'linkedin-demo.html']]);
  await servePhotos(page);
  await page.goto(FIRST);
}

test('one trusted click on the in-page button saves the person with their fields', async ({ context, worker }) => {
  const page = await context.newPage();
  await openDemo(page);
  await clickShadowButton(page, /^Save to Tsunagari$/);
  await expect.poll(async () => (await contacts(worker)).length).toBe(1);
  const [aiko] = await contacts(worker);
  expect(aiko).toMatchObject({
    name: 'Aiko Tanaka',
    headline: 'Product manager for neighbourhood apps · runs a monthly lunch for career changers',
    company: 'Hoshizora Labs',
    title: 'Senior Product Manager',
    location: 'Yokohama, Kanagawa, Japan',
    avatarUrl: 'https://media.licdn.com/dms/image/v2/demo/aiko-demo-tanaka-400.jpg',
    profileKeys: ['linkedin:aiko-demo-tanaka'],
  });
  await clickShadowButton(page, /^Saved$/, { click: false });
});

test('in-page navigation to another profile saves the second person with the second person’s fields', async ({
  context,
  worker,
}) => {
  const page = await context.newPage();
  await openDemo(page);
  await clickShadowButton(page, /^Save to Tsunagari$/);
  await expect.poll(async () => (await contacts(worker)).length).toBe(1);
  await clickShadowButton(page, /^Saved$/, { click: false });

  // LinkedIn's single-page app: pushState, then the new profile renders; the embedded data stays Aiko's.
  await page.getByRole('link', { name: 'Daichi Ishikawa' }).click();
  await expect(page).toHaveURL('https://www.linkedin.com/in/daichi-demo-ishikawa/');
  await clickShadowButton(page, /^Save to Tsunagari$/);
  await expect.poll(async () => (await contacts(worker)).length).toBe(2);

  const daichi = (await contacts(worker)).find((row) => row.profileKeys.includes('linkedin:daichi-demo-ishikawa'));
  expect(daichi).toMatchObject({
    name: 'Daichi Ishikawa',
    headline: 'Volunteer coordinator · Saturday food drives in Minato',
    company: 'Minato Food Bank',
    location: 'Minato, Tokyo, Japan',
    avatarUrl: 'https://media.licdn.com/dms/image/v2/demo/daichi-demo-ishikawa-400.jpg',
  });
  // Nothing of Aiko's leaked into Daichi's record.
  expect(JSON.stringify(daichi)).not.toMatch(/Aiko|Hoshizora|Yokohama|Senior Product Manager/);
  const aiko = (await contacts(worker)).find((row) => row.profileKeys.includes('linkedin:aiko-demo-tanaka'));
  expect(aiko?.name).toBe('Aiko Tanaka');
});

test('a click the page makes, or a click through a decoy or on a faded button, saves nothing', async ({
  context,
  worker,
}) => {
  const page = await context.newPage();
  await openDemo(page);
  await clickShadowButton(page, /^Save to Tsunagari$/, { click: false });
  const ourHost = 'Array.from(document.documentElement.children).find((el) => /^X-[0-9A-F]{12}$/.test(el.tagName))';

  // The page can find the host (a child of <html> it did not write) and click it from script: untrusted.
  await page.evaluate(`${ourHost}.click()`);
  await page.waitForTimeout(300);
  expect(await contacts(worker)).toEqual([]);

  // Clickjacking: a decoy drawn over the button that lets clicks through to it.
  await page.evaluate(() => {
    const decoy = document.createElement('div');
    decoy.id = 'decoy';
    decoy.textContent = 'Claim your prize';
    decoy.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:#fff;pointer-events:none;';
    document.documentElement.append(decoy);
  });
  await page.waitForTimeout(300);
  await clickShadowButton(page, /^Save to Tsunagari$/);
  await page.waitForTimeout(500);
  expect(await contacts(worker)).toEqual([]);

  // A page that fades our host so the user does not see what they click.
  await page.evaluate(
    `document.getElementById('decoy').remove(); ${ourHost}.style.setProperty('opacity', '0.05', 'important')`,
  );
  await page.waitForTimeout(300);
  await clickShadowButton(page, /^Save to Tsunagari$/);
  await page.waitForTimeout(500);
  expect(await contacts(worker)).toEqual([]);

  // The same button, seen plainly, saves: the refusals above were the guards, not a broken button.
  await page.evaluate(`${ourHost}.style.removeProperty('opacity')`);
  await page.waitForTimeout(300);
  await clickShadowButton(page, /^Save to Tsunagari$/);
  await expect.poll(async () => (await contacts(worker)).length).toBe(1);
});

test('the button speaks Japanese when the language setting says so', async ({ context, worker }) => {
  await worker.evaluate(() => chrome.storage.local.set({ settings: { language: 'ja' } }));
  const page = await context.newPage();
  await openDemo(page);
  await clickShadowButton(page, /^つながりに保存$/, { click: false });
  expect(await buttonNames(page)).not.toContain('Save to Tsunagari');
});

test('saving a known person whose company moved says the job change was noted', async ({ context, worker }) => {
  const page = await context.newPage();
  await openDemo(page);
  await clickShadowButton(page, /^Save to Tsunagari$/);
  await clickShadowButton(page, /^Saved$/, { click: false });

  // The same profile later, now at another company.
  const moved = readFileSync(path.resolve('tests/fixtures/pages/linkedin-demo.html'), 'utf8').replaceAll(
    'Hoshizora Labs',
    'Minato Food Bank',
  );
  await context.route(FIRST, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: moved }),
  );
  const later = await context.newPage();
  await later.goto(FIRST);
  await clickShadowButton(later, /^Saved$/);
  await clickShadowButton(later, /^Job change noted$/, { click: false });
  const [aiko] = await contacts(worker);
  expect(aiko).toMatchObject({
    company: 'Minato Food Bank',
    jobChange: { from: 'Senior Product Manager @ Hoshizora Labs' },
  });
});

test('when the page still shows the previous person under a new URL, the button saves nothing and asks to check', async ({
  context,
  worker,
}) => {
  // Mei's URL, but the page (title, top card, data) is still Haruto's: LinkedIn has not re-rendered.
  await serveLinkedIn(context, [[/^\/in\/mei-suzuki-demo\/?$/, 'linkedin-2023.html']]);
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/in/mei-suzuki-demo/');
  await clickShadowButton(page, /^Save to Tsunagari: check first$/, { timeout: 15_000 });
  await page.waitForTimeout(500);
  expect(await contacts(worker)).toEqual([]);
});
