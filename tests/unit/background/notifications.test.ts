import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DIGEST_NOTIFICATION_PREFIX,
  digestDashboardUrl,
  digestIdsFrom,
  digestNotificationId,
  handleDigestButton,
  openDigest,
  showDigestNotification,
} from '../../../entrypoints/background/notifications';
import { translator } from '../../../utils/i18n';
import { addLocalDays } from '../../../utils/cadence/calendar';
import { talkedDaysAgo } from '../cadence/people';
import { freshDb, shownNotifications, stubManifest } from './support';

afterEach(() => {
  vi.restoreAllMocks();
});

const TOKYO = 'Asia/Tokyo';
const now = Date.parse('2026-06-08T00:00:00Z');
const people = [
  { id: 'aaaa-1111', name: 'Aiko Tanaka' },
  { id: 'bbbb-2222', name: 'Ben Carter' },
  { id: 'cccc-3333', name: 'Chloé Dubois' },
];

beforeEach(() => stubManifest());

describe('digest notification ids', () => {
  it('carry the people they name', () => {
    const id = digestNotificationId(['a1', 'b2']);
    expect(id).toBe(`${DIGEST_NOTIFICATION_PREFIX}a1,b2`);
    expect(digestIdsFrom(id)).toEqual(['a1', 'b2']);
  });

  it('refuse other notifications and malformed lists', () => {
    expect(digestIdsFrom('something-else')).toBeNull();
    expect(digestIdsFrom(`${DIGEST_NOTIFICATION_PREFIX}`)).toBeNull();
    expect(digestIdsFrom(`${DIGEST_NOTIFICATION_PREFIX}a1,,b2`)).toBeNull();
    expect(digestIdsFrom(`${DIGEST_NOTIFICATION_PREFIX}a1,../../x`)).toBeNull();
  });

  it('open the dashboard’s digest route', () => {
    expect(digestDashboardUrl(['a1', 'b2'])).toBe(
      'chrome-extension://test-extension-id/dashboard.html#/digest?ids=a1,b2',
    );
  });
});

describe('showDigestNotification', () => {
  it('names everyone in one notification, with Snooze and Done buttons in Chrome', async () => {
    const id = await showDigestNotification({ people, lang: 'en', t: translator('en'), buttons: true });
    const shown = shownNotifications();
    expect(Object.keys(shown)).toEqual([id]);
    expect(shown[id]).toMatchObject({
      type: 'basic',
      title: 'This week, reach out to',
      message: 'Aiko Tanaka, Ben Carter, and Chloé Dubois. A short message is enough to keep the tie alive.',
      buttons: [{ title: 'Snooze a week' }, { title: 'Done' }],
    });
    expect(shown[id]?.iconUrl).toMatch(/^data:image\/png;base64,/);
  });

  it('leaves buttons out where they are not supported (Firefox)', async () => {
    const id = await showDigestNotification({
      people: people.slice(0, 2),
      lang: 'ja',
      t: translator('ja'),
      buttons: false,
    });
    const shown = shownNotifications()[id];
    expect(shown?.buttons).toBeUndefined();
    expect(shown?.title).toBe('今週連絡したい人');
    expect(shown?.message).toBe('Aiko Tanaka、Ben Carter。簡単なメッセージを送るだけで、つながりは保てます。');
  });

  it('replaces an earlier digest still on screen and uses the manifest icon when there is one', async () => {
    stubManifest({ 48: 'icon/48.png', 128: 'icon/128.png' });
    await showDigestNotification({ people: people.slice(0, 1), lang: 'en', t: translator('en'), buttons: true });
    const id = await showDigestNotification({
      people: people.slice(1),
      lang: 'en',
      t: translator('en'),
      buttons: true,
    });
    const shown = shownNotifications();
    expect(Object.keys(shown)).toEqual([id]);
    expect(shown[id]?.iconUrl).toBe('chrome-extension://test-extension-id/icon/128.png');
  });
});

describe('clicking the digest', () => {
  it('opens the dashboard on its people and closes the notification', async () => {
    const id = await showDigestNotification({ people, lang: 'en', t: translator('en'), buttons: true });
    expect(await openDigest(id)).toBe(true);
    const tabs = await fakeBrowser.tabs.query({});
    expect(tabs.map((tab) => tab.url)).toContain(
      'chrome-extension://test-extension-id/dashboard.html#/digest?ids=aaaa-1111,bbbb-2222,cccc-3333',
    );
    expect(shownNotifications()).toEqual({});
  });

  it('ignores notifications that are not the digest', async () => {
    const before = (await fakeBrowser.tabs.query({})).length;
    expect(await openDigest('other')).toBe(false);
    expect(await fakeBrowser.tabs.query({})).toHaveLength(before);
  });
});

describe('digest buttons', () => {
  async function setUp() {
    const db = freshDb();
    const a = talkedDaysAgo('aaaa-1111', now, 60, { name: 'Aiko Tanaka' });
    const b = talkedDaysAgo('bbbb-2222', now, 400, { name: 'Ben Carter' });
    await db.contacts.bulkAdd([a, b]);
    // One named person was deleted after the digest was shown.
    const id = digestNotificationId(['aaaa-1111', 'gone-9999', 'bbbb-2222']);
    await fakeBrowser.notifications.create(id, { type: 'basic', title: 't', message: 'm', iconUrl: 'x' });
    return { db, id };
  }

  it('"Snooze a week" snoozes everyone named to the same local time next week', async () => {
    const { db, id } = await setUp();
    expect(await handleDigestButton(db, id, 0, now, TOKYO)).toBe('snoozeWeek');
    const weekLater = addLocalDays(now, 7, TOKYO);
    for (const person of await db.contacts.toArray()) {
      expect(person.snoozedUntil).toBe(weekLater);
      expect(person.dueAt).toBe(weekLater);
    }
    expect(await db.contacts.count()).toBe(2);
    expect(shownNotifications()).toEqual({});
  });

  it('"Done" logs a message to everyone named, which restarts their clock', async () => {
    const { db, id } = await setUp();
    expect(await handleDigestButton(db, id, 1, now, TOKYO)).toBe('done');
    const interactions = await db.interactions.toArray();
    expect(interactions.map((i) => [i.contactId, i.kind, i.at]).sort()).toEqual([
      ['aaaa-1111', 'message', now],
      ['bbbb-2222', 'message', now],
    ]);
    for (const person of await db.contacts.toArray()) expect(person.lastInteractionAt).toBe(now);
  });

  it('does nothing for another notification or an unknown button', async () => {
    const { db, id } = await setUp();
    expect(await handleDigestButton(db, 'other', 0, now, TOKYO)).toBeNull();
    expect(await handleDigestButton(db, id, 2, now, TOKYO)).toBeNull();
    expect(await db.interactions.count()).toBe(0);
    expect((await db.contacts.toArray()).every((p) => p.snoozedUntil === null)).toBe(true);
  });
});
