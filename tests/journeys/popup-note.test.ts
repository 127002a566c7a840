import { afterEach, beforeEach, expect, test } from 'vitest';
import { launch, type ExtensionBrowser } from './support/launch';
import { byName, clickButton, readTable, tabIdOf, typeInto, waitForText } from './support/pages';

const PROFILE = 'https://www.linkedin.com/in/aiko-demo-tanaka/';

let ext: ExtensionBrowser;
beforeEach(async () => {
  ext = await launch({ linkedIn: [[/^\/in\/aiko-demo-tanaka\/?$/, 'linkedin-demo.html']] });
});
afterEach(() => ext.close());

test('the panel shows the saved person of the page, and a note persists across reopening it', async () => {
  const profile = await ext.openWebPage(PROFILE);
  await (await ext.inPageButton(profile, /^Save to Tsunagari$/)).click();
  await ext.inPageButton(profile, /^Saved$/);

  // The `tab` parameter stands in for "the active tab" the toolbar panel would be opened over.
  const probe = await ext.openExtensionPage('dashboard.html');
  const tabId = await tabIdOf(probe, PROFILE);
  const popup = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
  await waitForText(popup, 'Aiko Tanaka');
  await waitForText(popup, 'No notes yet.');
  await typeInto(popup, 'Quick note', 'Met at the career-changers lunch; ask about the Yokohama meetup.', 'textarea');
  await clickButton(popup, 'Add note');
  await waitForText(popup, 'ask about the Yokohama meetup');
  await popup.close();

  const again = await ext.openExtensionPage(`popup.html?tab=${tabId}`);
  await waitForText(again, 'Aiko Tanaka');
  const notes = await byName(again, 'ul', 'Notes');
  expect(await notes.evaluate((ul) => ul.textContent)).toContain(
    'Met at the career-changers lunch; ask about the Yokohama meetup.',
  );
  const rows = await readTable<{ body: string }>(again, 'notes');
  expect(rows.map((row) => row.body)).toEqual(['Met at the career-changers lunch; ask about the Yokohama meetup.']);
});
