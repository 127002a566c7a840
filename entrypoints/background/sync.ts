import { browser } from 'wxt/browser';
import type { TsunagariDB } from '../../utils/db/database';
import { syncWithAccount } from '../../utils/sync/run-configured';
import { syncAccountItem } from '../../utils/settings/sync-account';

/** Every 15 minutes, and half a minute after the last local write (each write pushes that alarm back). */
export const SYNC_ALARM = 'tsunagari-sync';
export const SYNC_SOON_ALARM = 'tsunagari-sync-soon';
export const SYNC_MINUTES = 15;
export const SYNC_SOON_MINUTES = 0.5;

/** Registered synchronously in the background's main(), so the alarm that woke a stopped worker is heard. */
export function registerSync(db: TsunagariDB): void {
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM || alarm.name === SYNC_SOON_ALARM) return syncWithAccount(db).then(() => undefined);
    return undefined;
  });
  void ensureSyncAlarm();
  // Set up or removed in Settings: the alarms follow, so a user without sync never has the worker woken for it.
  syncAccountItem.watch(() => void ensureSyncAlarm());
}

/** The periodic alarm while an account is set up; none (and no pending soon-alarm) without one. */
export async function ensureSyncAlarm(): Promise<void> {
  if (!(await syncAccountItem.getValue())) {
    await Promise.all([browser.alarms.clear(SYNC_ALARM), browser.alarms.clear(SYNC_SOON_ALARM)]);
    return;
  }
  if (await browser.alarms.get(SYNC_ALARM)) return;
  await browser.alarms.create(SYNC_ALARM, { delayInMinutes: SYNC_MINUTES, periodInMinutes: SYNC_MINUTES });
}

/** Debounced: creating the alarm again replaces it, so a burst of writes syncs once, after the last. */
export async function syncSoon(): Promise<void> {
  if (!(await syncAccountItem.getValue())) return;
  await browser.alarms.create(SYNC_SOON_ALARM, { delayInMinutes: SYNC_SOON_MINUTES });
}
