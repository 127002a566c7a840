import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { launchWithExtension, openExtensionPage, expect, test } from './support/extension';
import { contactRow, putRows, DAY_MS } from './support/raw-db';
import type { Contact, MetContext } from '../../utils/model/contact';

const SHOTS = 'tests/screenshots/out';

/** A small invented network that fills every screen: varied companies, contexts, tags, history. */
async function seedNetwork(page: Page, now: number): Promise<void> {
  const met = (context: MetContext | null, place = '', daysAgo: number | null = null, introducedBy = '') => ({
    context,
    place,
    date: daysAgo === null ? null : now - daysAgo * DAY_MS,
    introducedBy,
  });
  const fields: Array<Partial<Contact> & { id: string; name: string }> = [
    {
      id: 'p-aiko',
      name: 'Aiko Tanabe',
      company: 'Kumo Robotics',
      title: 'Senior Designer',
      location: 'Kyoto, Japan',
      tags: ['design', 'kyoto'],
      met: met('lunch', 'Nishiki Market', 400, 'Ben Okafor'),
      topics: ['ceramics', 'her move to Osaka'],
      lastInteractionAt: now - 95 * DAY_MS,
      emails: ['aiko@kumo.example'],
      websites: ['https://aiko.example/portfolio'],
      phones: ['+81 75 000 0000'],
      profiles: [{ kind: 'linkedin', url: 'https://www.linkedin.com/in/aiko-tanabe-example/' }],
    },
    {
      id: 'p-ben',
      name: 'Ben Okafor',
      company: 'Riverlight',
      title: 'Data Engineer',
      location: 'Lagos, Nigeria',
      tags: ['mentor'],
      met: met('coffee', 'Blue Door Café', 200),
      lastInteractionAt: now - 26 * DAY_MS,
    },
    {
      id: 'p-chie',
      name: '佐藤 千恵',
      company: 'Hikari Bank',
      title: 'Product Manager',
      location: 'Tokyo, Japan',
      tags: ['kyoto'],
      met: met('event', 'Tech Meetup'),
      lastInteractionAt: now - 3 * DAY_MS,
    },
    {
      id: 'p-daniel',
      name: 'Daniel Lindqvist',
      company: 'Northwind',
      title: 'Researcher',
      location: 'Berlin, Germany',
      tags: [],
      met: met('online'),
      lastInteractionAt: now - 500 * DAY_MS,
    },
    {
      id: 'p-emi',
      name: '森 恵美',
      company: 'Tsubame Design',
      title: 'Designer',
      location: 'Osaka, Japan',
      tags: ['design'],
      met: met('volunteer', 'Beach cleanup'),
      lastInteractionAt: null,
      createdAt: now - 420 * DAY_MS,
    },
    {
      id: 'p-farid',
      name: 'Farid Haddad',
      company: 'Kumo Robotics',
      title: 'Engineer',
      location: 'Toronto, Canada',
      tags: ['climbing'],
      met: met('sports', 'Climbing gym'),
      lastInteractionAt: now - 40 * DAY_MS,
    },
    {
      id: 'p-grace',
      name: 'Grace Lin',
      company: 'Kite Studio',
      title: 'Founder',
      location: 'Taipei, Taiwan',
      tags: ['founder'],
      met: met('introduction', '', 30, 'Aiko Tanabe'),
      lastInteractionAt: now - 10 * DAY_MS,
      cadenceDays: 60,
    },
    {
      id: 'p-haruto',
      name: '小林 陽翔',
      company: 'Mochi Games',
      title: 'Sales Lead',
      location: 'Fukuoka, Japan',
      tags: [],
      met: met(null),
      cadenceDays: null,
      lastInteractionAt: null,
      createdAt: now - 15 * DAY_MS,
    },
    {
      id: 'p-ines',
      name: 'Ines Duarte',
      company: 'Granite Health',
      title: 'Nurse',
      location: 'Lisbon, Portugal',
      tags: ['volunteer'],
      met: met('volunteer', 'Food bank'),
      lastInteractionAt: now - 700 * DAY_MS,
    },
    {
      id: 'p-jun',
      name: 'Jun Ito',
      company: 'Riverlight',
      title: 'Engineer',
      location: 'Tokyo, Japan',
      tags: ['climbing'],
      met: met('coworking', 'Shibuya hub'),
      lastInteractionAt: now - 60 * DAY_MS,
    },
  ];
  const people = fields.map((p) => contactRow({ createdAt: now - 600 * DAY_MS, cadenceDays: 30, ...p }, now));
  await putRows(page, 'contacts', people);
  await putRows(page, 'notes', [
    {
      id: 'n-1',
      contactId: 'p-aiko',
      body: 'Wants an intro to someone in ceramics retail.\nPromised to send the Kyoto guide.',
      createdAt: now - 95 * DAY_MS,
      updatedAt: now - 95 * DAY_MS,
    },
    {
      id: 'n-2',
      contactId: 'p-aiko',
      body: 'Training for the Osaka marathon.',
      createdAt: now - 300 * DAY_MS,
      updatedAt: now - 300 * DAY_MS,
    },
  ]);
  await putRows(page, 'interactions', [
    { id: 'i-1', contactId: 'p-aiko', kind: 'coffee', at: now - 95 * DAY_MS, note: 'Talked about her new team' },
    { id: 'i-2', contactId: 'p-aiko', kind: 'message', at: now - 200 * DAY_MS, note: '' },
  ]);
  await putRows(page, 'captures', [
    {
      id: 'c-1',
      contactId: 'p-aiko',
      at: now - 600 * DAY_MS,
      source: 'linkedin',
      url: 'https://www.linkedin.com/in/aiko-tanabe-example/',
      fields: { name: 'Aiko Tanabe', title: 'Designer', company: 'Kumo Robotics' },
    },
  ]);
}

async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${screen}: ${v.id} (${v.impact}) ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(' | ')}`,
    );
  expect(serious).toEqual([]);
}

const COMBOS = [
  { lang: 'en', locale: 'en-US', colorScheme: 'light' },
  { lang: 'en', locale: 'en-US', colorScheme: 'dark' },
  { lang: 'ja', locale: 'ja-JP', colorScheme: 'light' },
  { lang: 'ja', locale: 'ja-JP', colorScheme: 'dark' },
] as const;

// axe on eight screens is slow on a loaded shared machine.
test.describe.configure({ timeout: 480_000 });

for (const combo of COMBOS) {
  test(`every screen passes axe and is captured (${combo.lang}, ${combo.colorScheme})`, async () => {
    const { context, extensionId } = await launchWithExtension({
      locale: combo.locale,
      colorScheme: combo.colorScheme,
    });
    try {
      const page = await openExtensionPage(context, extensionId, 'dashboard.html');
      await page.setViewportSize({ width: 1280, height: 860 });
      const shot = (screen: string) =>
        page.screenshot({
          path: `${SHOTS}/dashboard-${screen}-${combo.lang}-${combo.colorScheme}.png`,
          fullPage: true,
        });
      await expect(page.locator('.empty-state')).toBeVisible();
      await expectNoSeriousViolations(page, 'empty');
      await shot('empty');

      const now = Date.now();
      await seedNetwork(page, now);
      await page.reload();
      await expect(page.locator('.person-row').first()).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', combo.lang);
      await expectNoSeriousViolations(page, 'list');
      await shot('list');

      await page.locator('.person-row').filter({ hasText: 'Aiko Tanabe' }).getByRole('checkbox').check();
      await page.locator('.person-row').filter({ hasText: 'Ben Okafor' }).getByRole('checkbox').check();
      await expect(page.locator('.bulk-bar')).toBeVisible();
      await expectNoSeriousViolations(page, 'list-bulk');
      await shot('list-bulk');

      await page.goto(`chrome-extension://${extensionId}/dashboard.html#/person/p-aiko`);
      await expect(page.getByRole('heading', { level: 1, name: 'Aiko Tanabe' })).toBeVisible();
      await expect(page.locator('.timeline-item')).toHaveCount(5);
      await expectNoSeriousViolations(page, 'person');
      await shot('person');

      await page.locator('.details-card').getByRole('button').first().click();
      await expect(page.locator('.details-card form')).toBeVisible();
      await expectNoSeriousViolations(page, 'person-edit');
      await shot('person-edit');

      await page.goto(`chrome-extension://${extensionId}/dashboard.html#/insights`);
      await expect(page.locator('.chart-card')).toHaveCount(5);
      await expectNoSeriousViolations(page, 'insights');
      await shot('insights');

      await page.goto(`chrome-extension://${extensionId}/dashboard.html#/settings`);
      await expect(page.locator('.settings-card').first()).toBeVisible();
      await expectNoSeriousViolations(page, 'settings');
      await shot('settings');

      await page.goto(`chrome-extension://${extensionId}/dashboard.html#/digest?ids=p-aiko,p-daniel,p-ines`);
      await expect(page.locator('.digest-card')).toHaveCount(3);
      await expectNoSeriousViolations(page, 'digest');
      await shot('digest');
      // Done is one tap: the person is in touch again, so their actions turn off.
      const firstDone = page.locator('.digest-card').first().locator('.btn-primary');
      await firstDone.click();
      await expect(firstDone).toBeDisabled();
    } finally {
      await context.close();
    }
  });
}
