import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { launch, type ExtensionBrowser } from './support/launch';
import { readTable } from './support/pages';

const PROFILE = 'https://www.linkedin.com/in/aiko-demo-tanaka/';

let ext: ExtensionBrowser;
beforeEach(async () => {
  ext = await launch({ linkedIn: [[/^\/in\/aiko-demo-tanaka\/?$/, 'linkedin-demo.html']] });
});
afterEach(() => ext.close());

interface Row {
  name: string;
  company: string;
  title: string;
  location: string;
  profileKeys: string[];
}

test('saves a person from a LinkedIn profile with the in-page button', async () => {
  const profile = await ext.openWebPage(PROFILE);
  const button = await ext.inPageButton(profile, /^Save to Tsunagari$/);
  await button.click();
  await ext.inPageButton(profile, /^Saved$/);

  const dashboard = await ext.openExtensionPage('dashboard.html');
  const rows = await vi.waitFor(async () => {
    const rows = await readTable<Row>(dashboard, 'contacts');
    expect(rows).toHaveLength(1);
    return rows;
  });
  expect(rows[0]).toMatchObject({
    name: 'Aiko Tanaka',
    company: 'Hoshizora Labs',
    title: 'Senior Product Manager',
    location: 'Yokohama, Kanagawa, Japan',
    profileKeys: ['linkedin:aiko-demo-tanaka'],
  });
});
