import { browser } from 'wxt/browser';
import type { TsunagariDB } from '../../utils/db/database';
import { countOverdue } from '../../utils/db/queries';
import { getSettings } from '../../utils/settings/items';

export function badgeText(count: number): string {
  if (count <= 0) return '';
  return count > 99 ? '99+' : String(count);
}

const OVERDUE_COLOR = '#c2410c';

/** Recomputes the toolbar badge from the `dueAt` index: an indexed count, never a full scan. */
export async function refreshBadge(db: TsunagariDB, now = Date.now()): Promise<number> {
  const settings = await getSettings();
  const count = settings.badgeEnabled ? await countOverdue(db, now) : 0;
  await browser.action.setBadgeBackgroundColor({ color: OVERDUE_COLOR });
  await browser.action.setBadgeText({ text: badgeText(count) });
  return count;
}
