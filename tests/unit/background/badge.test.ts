import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BADGE_BACKGROUND, badgeText, refreshBadge } from '../../../entrypoints/background/badge';
import { updateSettings } from '../../../utils/settings/items';
import { DAY_MS } from '../../../utils/cadence/due';
import { talkedDaysAgo } from '../cadence/people';
import { freshDb } from './support';

const now = Date.parse('2026-06-10T03:00:00Z');

describe('badgeText', () => {
  it('is empty at zero, the count up to 99, then 99+', () => {
    expect(badgeText(0)).toBe('');
    expect(badgeText(-1)).toBe('');
    expect(badgeText(1)).toBe('1');
    expect(badgeText(99)).toBe('99');
    expect(badgeText(100)).toBe('99+');
  });
});

describe('refreshBadge', () => {
  it('counts only overdue people: not soon, archived or untracked', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd([
      talkedDaysAgo('overdue-1', now, 31),
      talkedDaysAgo('overdue-2', now, 400),
      talkedDaysAgo('soon', now, 28),
      talkedDaysAgo('archived', now, 400, { archivedAt: now - DAY_MS }),
      talkedDaysAgo('untracked', now, 400, { cadenceDays: null }),
      talkedDaysAgo('snoozed', now, 400, { snoozedUntil: now + DAY_MS }),
    ]);
    expect(await refreshBadge(db, now)).toBe(2);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    expect(await fakeBrowser.action.getBadgeBackgroundColor({})).toEqual([0xc2, 0x41, 0x0c, 255]);
    expect(BADGE_BACKGROUND).toBe('#c2410c');
    expect(await fakeBrowser.action.getBadgeTextColor({})).toBe('#ffffff');
    expect(await fakeBrowser.action.getTitle({})).toBe('Tsunagari — 2 people to get back in touch with');
  });

  it('shows 99+ above 99', async () => {
    const db = freshDb();
    await db.contacts.bulkAdd(Array.from({ length: 120 }, (_, i) => talkedDaysAgo(`p${i}`, now, 40 + i)));
    expect(await refreshBadge(db, now)).toBe(100);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('99+');
  });

  it('clears the badge when nobody is overdue', async () => {
    const db = freshDb();
    await db.contacts.add(talkedDaysAgo('a', now, 31));
    await refreshBadge(db, now);
    await db.contacts.clear();
    await refreshBadge(db, now);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Tsunagari — all caught up');
  });

  it('stays off when the badge is switched off in settings', async () => {
    const db = freshDb();
    await db.contacts.add(talkedDaysAgo('a', now, 31));
    await updateSettings({ badgeEnabled: false });
    expect(await refreshBadge(db, now)).toBe(0);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    expect(await fakeBrowser.action.getTitle({})).toBe('Tsunagari');
  });

  it('speaks the chosen language in the tooltip', async () => {
    const db = freshDb();
    await db.contacts.add(talkedDaysAgo('a', now, 31));
    await updateSettings({ language: 'ja' });
    await refreshBadge(db, now);
    expect(await fakeBrowser.action.getTitle({})).toBe('つながり — 連絡時期を過ぎた人が1人います');
  });

  it('ends on the latest count when refreshes overlap with writes', async () => {
    const db = freshDb();
    const first = refreshBadge(db, now);
    await db.contacts.bulkAdd([talkedDaysAgo('a', now, 31), talkedDaysAgo('b', now, 32)]);
    const second = refreshBadge(db, now);
    expect(await Promise.all([first, second])).toEqual([expect.any(Number), 2]);
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });
});
