import { test, expect } from './support/extension';
import { readTableScript, serveLinkedIn } from './support/linkedin';
import { clickShadowButton } from './support/shadow-click';

const PROFILE_URL = 'https://www.linkedin.com/in/aiko-demo-tanaka/';

test('the in-page "Saved" button opens the person’s card: a note and "talked today" one click away (issue 15)', async ({
  context,
  worker,
}) => {
  await serveLinkedIn(context, [[/^\/in\/aiko-demo-tanaka\/?$/, 'linkedin-demo.html']]);
  const page = await context.newPage();
  await page.goto(PROFILE_URL);
  await clickShadowButton(page, /^Save to Tsunagari/);
  await expect.poll(async () => ((await worker.evaluate(readTableScript('contacts'))) as unknown[]).length).toBe(1);

  // Headless Chromium has no toolbar to open the popup from, so the panel opens in a small window for this tab —
  // the path any browser takes when openPopup is refused. Made explicit so the test does not depend on the build.
  await worker.evaluate(() => {
    chrome.action.openPopup = () => Promise.reject(new Error('no toolbar'));
  });
  const opened = context.waitForEvent('page', (p) => p.url().includes('/popup.html?tab='));
  await clickShadowButton(page, /^Saved/);
  const card = await opened;
  await expect(card.getByRole('button', { name: 'Talked today' })).toBeVisible();
  await card.getByLabel('Quick note').fill('Ask how the move to Kyoto went.');
  await card.getByRole('button', { name: 'Add note' }).click();
  await expect
    .poll(async () => ((await worker.evaluate(readTableScript('notes'))) as Array<{ body: string }>).map((n) => n.body))
    .toEqual(['Ask how the move to Kyoto went.']);
});
