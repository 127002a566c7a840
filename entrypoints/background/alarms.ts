import { browser } from 'wxt/browser';
import { nextDigestAt, type DigestSchedule } from '../../utils/cadence/digest-schedule';

/** Re-counts the badge as people fall due with time, and catches a digest whose own alarm was lost. */
export const TICK_ALARM = 'tsunagari-tick';
export const TICK_MINUTES = 30;
/** One-shot, at the next digest time; set again after each run. */
export const DIGEST_ALARM = 'tsunagari-digest';

export const OUR_ALARMS: readonly string[] = [TICK_ALARM, DIGEST_ALARM];

/**
 * Creates the periodic alarm only when it is missing: creating it again on every worker start would push
 * its next firing back each time, and a worker that restarts often would never see it fire.
 */
export async function ensureTickAlarm(): Promise<boolean> {
  if (await browser.alarms.get(TICK_ALARM)) return false;
  await browser.alarms.create(TICK_ALARM, { delayInMinutes: TICK_MINUTES, periodInMinutes: TICK_MINUTES });
  return true;
}

/**
 * Points the digest alarm at the next digest time, or removes it when the digest is off. Left alone when it
 * already points there; replaced when the schedule or the time zone moved it.
 */
export async function scheduleDigestAlarm(
  schedule: DigestSchedule,
  now: number,
  timeZone: string,
): Promise<number | null> {
  if (!schedule.enabled) {
    await browser.alarms.clear(DIGEST_ALARM);
    return null;
  }
  const when = nextDigestAt(now, schedule, timeZone);
  const existing = await browser.alarms.get(DIGEST_ALARM);
  if (existing?.scheduledTime !== when) await browser.alarms.create(DIGEST_ALARM, { when });
  return when;
}
