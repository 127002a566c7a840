import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DIGEST_ALARM,
  TICK_ALARM,
  TICK_MINUTES,
  ensureTickAlarm,
  scheduleDigestAlarm,
} from '../../../entrypoints/background/alarms';
import { nextDigestAt } from '../../../utils/cadence/digest-schedule';

afterEach(() => {
  vi.restoreAllMocks();
});

const TOKYO = 'Asia/Tokyo';
const now = Date.parse('2026-06-10T03:00:00Z');
const monday9 = { enabled: true, weekday: 1, hour: 9 };

describe('the periodic alarm', () => {
  it('is created when missing, and left alone when it exists', async () => {
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    expect(await ensureTickAlarm()).toBe(true);
    const alarm = await fakeBrowser.alarms.get(TICK_ALARM);
    expect(alarm).toMatchObject({ name: TICK_ALARM, periodInMinutes: TICK_MINUTES });

    // A restarted worker must not push the next firing back.
    expect(await ensureTickAlarm()).toBe(false);
    expect(await ensureTickAlarm()).toBe(false);
    expect(create).toHaveBeenCalledTimes(1);
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toEqual(alarm);
  });

  it('is created again after something cleared it', async () => {
    await ensureTickAlarm();
    await fakeBrowser.alarms.clearAll();
    expect(await ensureTickAlarm()).toBe(true);
    expect(await fakeBrowser.alarms.get(TICK_ALARM)).toBeDefined();
  });
});

describe('the digest alarm', () => {
  it('points at the next digest time and is not recreated while it does', async () => {
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    const when = await scheduleDigestAlarm(monday9, now, TOKYO);
    expect(when).toBe(nextDigestAt(now, monday9, TOKYO));
    expect((await fakeBrowser.alarms.get(DIGEST_ALARM))?.scheduledTime).toBe(when);
    await scheduleDigestAlarm(monday9, now + 60_000, TOKYO);
    expect(create).toHaveBeenCalledTimes(1);
  });

  it('moves when the schedule changes and goes away when the digest is off', async () => {
    await scheduleDigestAlarm(monday9, now, TOKYO);
    const friday18 = { enabled: true, weekday: 5, hour: 18 };
    await scheduleDigestAlarm(friday18, now, TOKYO);
    expect((await fakeBrowser.alarms.get(DIGEST_ALARM))?.scheduledTime).toBe(Date.parse('2026-06-12T09:00:00Z'));
    expect(await scheduleDigestAlarm({ ...friday18, enabled: false }, now, TOKYO)).toBeNull();
    expect(await fakeBrowser.alarms.get(DIGEST_ALARM)).toBeUndefined();
  });
});
