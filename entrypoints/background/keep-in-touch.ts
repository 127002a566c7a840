import { browser } from 'wxt/browser';
import type { TsunagariDB } from '../../utils/db/database';
import { localTimeZone } from '../../utils/cadence/calendar';
import { getSettings, settingsItem } from '../../utils/settings/items';
import { OUR_ALARMS, ensureTickAlarm, scheduleDigestAlarm } from './alarms';
import { runDigestIfDue } from './digest';
import { handleDigestButton, openDigest } from './notifications';

export interface KeepInTouchDeps {
  db: TsunagariDB;
  /** Recomputes the badge; the same callback the router calls after every write. */
  onWrite: () => Promise<unknown>;
}

function report(error: unknown): void {
  console.error('[tsunagari] keep-in-touch:', error);
}

async function ensureAlarms(): Promise<void> {
  const settings = await getSettings();
  await ensureTickAlarm();
  await scheduleDigestAlarm(settings.digest, Date.now(), localTimeZone());
}

/**
 * Wires reminders into the worker: the periodic and digest alarms, the digest notification and its
 * buttons, and settings changes. Call it synchronously from the background's main(): a stopped worker is
 * woken by one of these events and only receives it if the listener exists by the end of the first turn.
 * Returns the work started for this worker start, so tests can wait for it.
 */
export function registerKeepInTouch({ db, onWrite }: KeepInTouchDeps): Promise<void> {
  const digest = () => runDigestIfDue(db, localTimeZone());

  browser.alarms.onAlarm.addListener((alarm) => {
    if (!OUR_ALARMS.includes(alarm.name)) return undefined;
    return Promise.all([onWrite(), digest().then(ensureAlarms)]).catch(report);
  });

  // The digest missed while the browser was closed shows now; its stored last run keeps it to once.
  browser.runtime.onStartup.addListener(() => digest().catch(report));

  browser.notifications.onClicked.addListener((id) => openDigest(id).catch(report));
  // Firefox has no notification buttons (and may lack the event).
  browser.notifications.onButtonClicked?.addListener((id, index) =>
    handleDigestButton(db, id, index, Date.now(), localTimeZone())
      .then((button) => (button ? onWrite() : undefined))
      .catch(report),
  );

  // Badge on/off and a new digest day or hour take effect at once, not at the next alarm.
  settingsItem.watch(() => {
    void Promise.all([onWrite(), ensureAlarms()]).catch(report);
  });

  // Every worker start: alarms may have been cleared (an update, a browser restart), and time has passed
  // since the badge was last counted.
  return Promise.all([ensureAlarms(), onWrite(), digest()])
    .then(() => undefined)
    .catch(report);
}
