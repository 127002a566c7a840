import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TsunagariDB } from '../../../utils/db/database';

let counter = 0;

/** A fresh database per test, so tests never see each other's rows. */
export function freshDb(): TsunagariDB {
  counter += 1;
  return new TsunagariDB(`tsunagari-background-${counter}-${Math.random().toString(36).slice(2)}`);
}

/** fakeBrowser has no manifest; the notification icon asks it for icons. */
export function stubManifest(icons?: Record<number, string>): void {
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Tsunagari',
    version: '0.1.0',
    ...(icons ? { icons } : {}),
  });
}

/** The options each notification was created with, by id (fakeBrowser keeps them). */
export function shownNotifications() {
  return fakeBrowser.notifications.getAllCreateOptions() as Record<
    string,
    { title: string; message: string; iconUrl: string; buttons?: Array<{ title: string }> }
  >;
}
