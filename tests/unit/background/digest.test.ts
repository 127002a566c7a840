import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runDigestIfDue } from '../../../entrypoints/background/digest';
import { digestStateItem } from '../../../entrypoints/background/digest-state';
import { digestIdsFrom } from '../../../entrypoints/background/notifications';
import { updateSettings } from '../../../utils/settings/items';
import { DAY_MS } from '../../../utils/cadence/due';
import { talkedDaysAgo } from '../cadence/people';
import { freshDb, shownNotifications, stubManifest } from './support';

const TOKYO = 'Asia/Tokyo';
const slot = Date.parse('2026-06-08T00:00:00Z'); // Monday 09:00 in Tokyo, the default digest time
const HOUR = 3_600_000;
const met = (context: 'event' | 'lunch' | 'coffee') => ({ context, place: '', date: null, introducedBy: '' });

async function dueDatabase() {
  const db = freshDb();
  await db.contacts.bulkAdd([
    talkedDaysAgo('aiko', slot, 90, { name: 'Aiko Tanaka', company: 'Kumo Labs', met: met('event') }),
    talkedDaysAgo('ben', slot, 80, { name: 'Ben Carter', company: 'Kumo Labs', met: met('event') }),
    talkedDaysAgo('chloe', slot, 70, { name: 'Chloé Dubois', company: 'Sora Design', met: met('lunch') }),
    talkedDaysAgo('daichi', slot, 500, { name: 'Daichi Mori', cadenceDays: 730, met: met('coffee') }),
    talkedDaysAgo('emi', slot, 5, { name: 'Emi Sato' }),
  ]);
  return db;
}

beforeEach(async () => {
  stubManifest();
  // The digest last ran the week before: this Monday's is the next one.
  await digestStateItem.setValue({ lastRunAt: slot - 7 * 24 * HOUR, schedule: '1@9' });
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('runDigestIfDue', () => {
  it('names the most overdue, a dormant tie and a different company, in one notification', async () => {
    const db = await dueDatabase();
    const run = await runDigestIfDue(db, TOKYO, slot, true);
    expect(run.due).toBe(true);
    expect(run.people.map((p) => p.id)).toEqual(['aiko', 'daichi', 'chloe']);
    const shown = shownNotifications();
    const ids = Object.keys(shown);
    expect(ids).toHaveLength(1);
    expect(digestIdsFrom(ids[0] ?? '')).toEqual(['aiko', 'daichi', 'chloe']);
    expect(shown[ids[0] ?? '']?.message).toContain('Aiko Tanaka, Daichi Mori, and Chloé Dubois');
    expect(shown[ids[0] ?? '']?.buttons).toHaveLength(2);
    expect(await digestStateItem.getValue()).toEqual({ lastRunAt: slot, schedule: '1@9' });
  });

  it('does not show the same week’s digest twice', async () => {
    const db = await dueDatabase();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await runDigestIfDue(db, TOKYO, slot + HOUR, true);
    await fakeBrowser.notifications.clear(Object.keys(shownNotifications())[0] ?? '');
    const again = await runDigestIfDue(db, TOKYO, slot + 2 * HOUR, true);
    expect(again).toEqual({ due: false, people: [] });
    expect(create).toHaveBeenCalledTimes(1);
    expect(shownNotifications()).toEqual({});
  });

  it('shows once when the startup event and an overdue alarm arrive together', async () => {
    const db = await dueDatabase();
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const runs = await Promise.all([
      runDigestIfDue(db, TOKYO, slot + 30 * HOUR, true),
      runDigestIfDue(db, TOKYO, slot + 30 * HOUR, true),
      runDigestIfDue(db, TOKYO, slot + 30 * HOUR, true),
    ]);
    expect(runs.filter((r) => r.due)).toHaveLength(1);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('shows no buttons where they are not supported', async () => {
    const db = await dueDatabase();
    await runDigestIfDue(db, TOKYO, slot, false);
    expect(Object.values(shownNotifications())[0]?.buttons).toBeUndefined();
  });

  it('uses the chosen day and hour, and nothing before it', async () => {
    const db = await dueDatabase();
    await updateSettings({ digest: { enabled: true, weekday: 3, hour: 18 } });
    // The schedule changed: the first run only starts the clock.
    expect((await runDigestIfDue(db, TOKYO, slot, true)).due).toBe(false);
    const wednesday18 = Date.parse('2026-06-10T09:00:00Z');
    expect((await runDigestIfDue(db, TOKYO, wednesday18 - 1, true)).due).toBe(false);
    expect((await runDigestIfDue(db, TOKYO, wednesday18, true)).due).toBe(true);
  });

  it('stays quiet when switched off', async () => {
    const db = await dueDatabase();
    await updateSettings({ digest: { enabled: false, weekday: 1, hour: 9 } });
    expect((await runDigestIfDue(db, TOKYO, slot, true)).due).toBe(false);
    expect((await runDigestIfDue(db, TOKYO, slot + 7 * 24 * HOUR, true)).due).toBe(false);
    expect(shownNotifications()).toEqual({});
  });

  it('consumes the week without a notification when nobody needs a nudge', async () => {
    const db = freshDb();
    await db.contacts.add(talkedDaysAgo('fresh', slot, 1));
    expect(await runDigestIfDue(db, TOKYO, slot, true)).toEqual({ due: true, people: [] });
    expect(shownNotifications()).toEqual({});
    expect((await runDigestIfDue(db, TOKYO, slot + HOUR, true)).due).toBe(false);
  });

  it('never starts with a digest right after install', async () => {
    await digestStateItem.removeValue();
    const db = await dueDatabase();
    expect((await runDigestIfDue(db, TOKYO, slot + DAY_MS, true)).due).toBe(false);
    expect(shownNotifications()).toEqual({});
    expect((await runDigestIfDue(db, TOKYO, slot + 7 * DAY_MS, true)).due).toBe(true);
  });
});
