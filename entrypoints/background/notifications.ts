import { browser } from 'wxt/browser';
import type { TsunagariDB } from '../../utils/db/database';
import type { Contact } from '../../utils/model/contact';
import { snooze } from '../../utils/db/contacts';
import { logInteraction } from '../../utils/db/interactions';
import { contactsByIds } from '../../utils/db/digest-queries';
import { snoozePresetUntil } from '../../utils/cadence/snooze';
import type { Lang, Translate } from '../../utils/i18n';
import { notificationIconUrl } from './notification-icon';

/**
 * The digest notification carries the people it names in its id, so a click or a button press still knows
 * them after the worker was stopped in between: `tsunagari-digest:<id>,<id>,<id>`.
 */
export const DIGEST_NOTIFICATION_PREFIX = 'tsunagari-digest:';

/** Chrome shows at most two buttons, in this order. */
export const DIGEST_BUTTONS = ['snoozeWeek', 'done'] as const;
export type DigestButton = (typeof DIGEST_BUTTONS)[number];

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function digestNotificationId(ids: readonly string[]): string {
  return DIGEST_NOTIFICATION_PREFIX + ids.join(',');
}

/** The people a digest notification names; null for any other notification or a malformed id. */
export function digestIdsFrom(notificationId: string): string[] | null {
  if (!notificationId.startsWith(DIGEST_NOTIFICATION_PREFIX)) return null;
  const ids = notificationId.slice(DIGEST_NOTIFICATION_PREFIX.length).split(',');
  return ids.length > 0 && ids.every((id) => ID_PATTERN.test(id)) ? ids : null;
}

/**
 * The dashboard route that lists the digest's people: `dashboard.html#/digest?ids=<id1>,<id2>`.
 * The dashboard reads this hash route; ids are uuids, encoded anyway.
 */
export function digestDashboardUrl(ids: readonly string[]): string {
  return `${browser.runtime.getURL('/')}dashboard.html#/digest?ids=${ids.map(encodeURIComponent).join(',')}`;
}

/** Firefox has no notification buttons and rejects the option; Chrome and Edge show them. */
export function notificationButtonsSupported(): boolean {
  return !import.meta.env.FIREFOX;
}

export interface DigestNotice {
  people: ReadonlyArray<Pick<Contact, 'id' | 'name'>>;
  lang: Lang;
  t: Translate;
  buttons: boolean;
}

/** One notification naming the digest's people; replaces any earlier digest still on screen. */
export async function showDigestNotification({ people, lang, t, buttons }: DigestNotice): Promise<string> {
  const previous = await browser.notifications.getAll();
  await Promise.all(
    Object.keys(previous)
      .filter((id) => id.startsWith(DIGEST_NOTIFICATION_PREFIX))
      .map((id) => browser.notifications.clear(id)),
  );
  const names = new Intl.ListFormat(lang, { type: 'conjunction' }).format(people.map((p) => p.name));
  const id = digestNotificationId(people.map((p) => p.id));
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: notificationIconUrl(),
    title: t('digest.title'),
    message: t('digest.body', { names }),
    ...(buttons ? { buttons: [{ title: t('digest.snoozeWeek') }, { title: t('digest.done') }] } : {}),
  });
  return id;
}

/** A click on the digest opens the dashboard on its people. Returns false for notifications not ours. */
export async function openDigest(notificationId: string): Promise<boolean> {
  const ids = digestIdsFrom(notificationId);
  if (!ids) return false;
  await browser.tabs.create({ url: digestDashboardUrl(ids) });
  await browser.notifications.clear(notificationId);
  return true;
}

/**
 * A digest button: "Snooze a week" snoozes everyone named to the same local time next week; "Done" logs a
 * message to each, which restarts their clock. People deleted since are skipped. Returns what it did.
 */
export async function handleDigestButton(
  db: TsunagariDB,
  notificationId: string,
  buttonIndex: number,
  now: number,
  timeZone: string,
): Promise<DigestButton | null> {
  const ids = digestIdsFrom(notificationId);
  const button = DIGEST_BUTTONS[buttonIndex];
  if (!ids || !button) return null;
  const people = await contactsByIds(db, ids);
  for (const person of people) {
    if (button === 'snoozeWeek')
      await snooze(db, person.id, snoozePresetUntil('week', now, timeZone, person.dueAt), now);
    else await logInteraction(db, person.id, { kind: 'message', at: now }, now);
  }
  await browser.notifications.clear(notificationId);
  return button;
}
