import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerKeepInTouch } from '../../../entrypoints/background/keep-in-touch';
import { refreshBadge } from '../../../entrypoints/background/badge';
import { DIGEST_ALARM, TICK_ALARM } from '../../../entrypoints/background/alarms';
import { digestStateItem } from '../../../entrypoints/background/digest-state';
import { digestNotificationId } from '../../../entrypoints/background/notifications';
import { updateSettings } from '../../../utils/settings/items';
import { localTimeZone } from '../../../utils/cadence/calendar';
import { nextDigestAt, scheduleKey } from '../../../utils/cadence/digest-schedule';
import { DEFAULT_SETTINGS } from '../../../utils/model/settings';
import { DAY_MS } from '../../../utils/cadence/due';
import type { TsunagariDB } from '../../../utils/db/database';
import { talkedDaysAgo } from '../cadence/people';
import { freshDb, shownNotifications, stubManifest } from './support';

// These run on the real clock and the machine's zone, as the worker does; expectations use the same zone.
function worker(db: TsunagariDB) {
  const onWrite = vi.fn(() => refreshBadge(db));
  const started = registerKeepInTouch({ db, onWrite });
  return { onWrite, started };
}

function alarm(name: string, scheduledTime: number) {
  return { name, scheduledTime, persistAcrossSessions: true };
}

async function twoOverdue() {
  const db = freshDb();
  const now = Date.now();
  await db.contacts.bulkAdd([
    talkedDaysAgo('aiko', now, 60, { name: 'Aiko Tanaka' }),
    talkedDaysAgo('ben', now, 400, { name: 'Ben Carter' }),
  ]);
  return db;
}

beforeEach(() => stubManifest());
afterEach(() => {
  vi.restoreAllMocks();
});

describe('a worker start', () => {
  it('creates the periodic and digest alarms and counts the badge', async () => {
    const db = await twoOverdue();
    await worker(db).started;
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeDefined();
    const digest = await fakeBrowser.alarms.get(DIGEST_ALARM);
    expect(digest?.scheduledTime).toBe(nextDigestAt(Date.now(), DEFAULT_SETTINGS.digest, localTimeZone()));
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
  });

  it('does not recreate the periodic alarm when the worker starts again', async () => {
    const db = await twoOverdue();
    await worker(db).started;
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    // A restarted worker runs main() again; the alarms live on in the browser.
    fakeBrowser.runtime.onStartup.removeAllListeners();
    fakeBrowser.alarms.onAlarm.removeAllListeners();
    await worker(db).started;
    expect(create.mock.calls.filter(([name]) => name === TICK_ALARM)).toHaveLength(0);
  });
});

describe('events', () => {
  it('recounts the badge on every alarm, as people fall due with time', async () => {
    const db = freshDb();
    const { onWrite, started } = worker(db);
    await started;
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
    // Written without telling the worker, as if the time had simply come.
    await db.contacts.add(talkedDaysAgo('aiko', Date.now(), 31));
    onWrite.mockClear();
    await fakeBrowser.alarms.onAlarm.trigger(alarm(TICK_ALARM, Date.now()));
    expect(onWrite).toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('1');
  });

  it('ignores alarms that are not ours', async () => {
    const db = freshDb();
    const { onWrite, started } = worker(db);
    await started;
    onWrite.mockClear();
    await fakeBrowser.alarms.onAlarm.trigger(alarm('someone-else', Date.now()));
    expect(onWrite).not.toHaveBeenCalled();
  });

  it('shows a digest missed while the browser was closed once at the next start, never twice', async () => {
    const db = await twoOverdue();
    // Last digest more than a week ago: at least one digest time passed while the browser was closed.
    await digestStateItem.setValue({
      lastRunAt: Date.now() - 8 * DAY_MS,
      schedule: scheduleKey(DEFAULT_SETTINGS.digest),
    });
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    const { started } = worker(db);
    await Promise.all([
      started,
      fakeBrowser.runtime.onStartup.trigger(),
      fakeBrowser.alarms.onAlarm.trigger(alarm(DIGEST_ALARM, Date.now() - DAY_MS)),
    ]);
    expect(create).toHaveBeenCalledTimes(1);
    expect(Object.keys(shownNotifications())).toEqual([digestNotificationId(['ben', 'aiko'])]);
    await fakeBrowser.runtime.onStartup.trigger();
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('opens the dashboard on the digest’s people when it is clicked', async () => {
    const db = await twoOverdue();
    await worker(db).started;
    await fakeBrowser.notifications.onClicked.trigger(digestNotificationId(['ben', 'aiko']));
    const urls = (await fakeBrowser.tabs.query({})).map((tab) => tab.url);
    expect(urls).toContain('chrome-extension://test-extension-id/dashboard.html#/digest?ids=ben,aiko');
  });

  it('writes on a digest button and then recounts the badge', async () => {
    const db = await twoOverdue();
    const { onWrite, started } = worker(db);
    await started;
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    onWrite.mockClear();
    await fakeBrowser.notifications.onButtonClicked.trigger(digestNotificationId(['ben', 'aiko']), 1);
    expect(await db.interactions.count()).toBe(2);
    expect(onWrite).toHaveBeenCalled();
    expect(await fakeBrowser.action.getBadgeText({})).toBe('');
  });

  it('applies a settings change at once: badge off, digest alarm moved', async () => {
    const db = await twoOverdue();
    await worker(db).started;
    expect(await fakeBrowser.action.getBadgeText({})).toBe('2');
    const friday18 = { enabled: true, weekday: 5, hour: 18 };
    await updateSettings({ badgeEnabled: false, digest: friday18 });
    await vi.waitFor(async () => {
      expect(await fakeBrowser.action.getBadgeText({})).toBe('');
      const alarm = await fakeBrowser.alarms.get(DIGEST_ALARM);
      expect(alarm?.scheduledTime).toBe(nextDigestAt(Date.now(), friday18, localTimeZone()));
    });
  });
});
