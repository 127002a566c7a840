import { browser } from 'wxt/browser';
import type { TsunagariDB } from '../../utils/db/database';
import { countOverdue } from '../../utils/db/queries';
import { getSettings } from '../../utils/settings/items';
import { resolveLang, translator } from '../../utils/i18n';
import { describeBadgeTitle } from '../../utils/i18n/messages/cadence';
import { formatOverdue } from '../../utils/model/overdue-count';

export function badgeText(count: number): string {
  return count <= 0 ? '' : formatOverdue(count);
}

/** Orange-700 with white text: 5.2:1 contrast, readable on light and dark toolbars. */
export const BADGE_BACKGROUND = '#c2410c';
export const BADGE_TEXT_COLOR = '#ffffff';

// Writes can come in bursts (an import, a popup saving twice); counts run one after another so an older
// count can never land on the badge after a newer one.
let queue: Promise<unknown> = Promise.resolve();

async function applyBadge(db: TsunagariDB, now: number): Promise<number> {
  const settings = await getSettings();
  const count = settings.badgeEnabled ? await countOverdue(db, now) : 0;
  const t = translator(resolveLang(settings.language, globalThis.navigator?.language));
  await browser.action.setBadgeBackgroundColor({ color: BADGE_BACKGROUND });
  // Chrome 110+ and Firefox have a text colour; older Chrome picks one itself.
  if (typeof browser.action.setBadgeTextColor === 'function') {
    await browser.action.setBadgeTextColor({ color: BADGE_TEXT_COLOR });
  }
  await browser.action.setBadgeText({ text: badgeText(count) });
  await browser.action.setTitle({ title: settings.badgeEnabled ? describeBadgeTitle(count, t) : t('appName') });
  return count;
}

/**
 * Recomputes the toolbar badge from the `dueAt` index — an indexed count, never a full scan — and the
 * tooltip that says the same in words. With the badge switched off in settings it is cleared.
 * `now` defaults to the moment the count actually runs, not when it was queued.
 */
export function refreshBadge(db: TsunagariDB, now?: number): Promise<number> {
  const run = queue.then(() => applyBadge(db, now ?? Date.now()));
  queue = run.catch(() => undefined);
  return run;
}
