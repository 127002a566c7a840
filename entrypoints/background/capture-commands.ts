import { browser, type Browser } from 'wxt/browser';
import type { TsunagariDB } from '../../utils/db/database';
import { findByProfileKey, saveCapture } from '../../utils/db/contacts';
import { addNote } from '../../utils/db/notes';
import { acceptForDirectSave, noteKeysFor } from '../../utils/messaging/capture-acceptance';
import { runPageCapture } from '../../utils/platform/page-capture';
import type { PageCapture } from '../../utils/model/page-capture';
import { cadenceForNewPerson } from '../../utils/cadence/new-person';
import { getSettings } from '../../utils/settings/items';
import { resolveLang, translate, type MessageKey } from '../../utils/i18n';
import { notificationIconUrl } from './notification-icon';

export interface CaptureCommandDeps {
  db: TsunagariDB;
  /** Called after every write, so the badge follows the data. */
  onWrite: () => Promise<unknown>;
}

const MENU_SAVE = 'tsunagari-save-person';
const MENU_NOTE = 'tsunagari-add-note';
const COMMAND_SAVE = 'save-person';

async function say(key: MessageKey, params?: Record<string, string>): Promise<string> {
  const settings = await getSettings();
  return translate(resolveLang(settings.language, navigator.language), key, params);
}

async function createMenus(): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SAVE, title: await say('capture.menu.savePerson'), contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_NOTE, title: await say('capture.menu.addNote'), contexts: ['selection'] });
}

/** Runs the capture in the tab (allowed by activeTab after the menu click or the shortcut). */
async function captureIn(tab: Browser.tabs.Tab | undefined): Promise<PageCapture | null> {
  if (tab?.id === undefined) return null;
  const outcome = await runPageCapture(tab.id);
  return outcome.ok ? outcome.page : null;
}

/** Where the user checks and edits a capture: the popup when the browser lets us open it, else the dashboard. */
async function openForReview(): Promise<void> {
  try {
    await browser.action.openPopup();
    return;
  } catch {
    // openPopup needs a user gesture and a focused window; the dashboard always opens.
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/dashboard.html') });
}

async function notify(key: MessageKey, name: string): Promise<void> {
  await browser.notifications.create(`tsunagari-capture:${Date.now()}`, {
    type: 'basic',
    iconUrl: notificationIconUrl(),
    title: await say('appName'),
    message: await say(key, { name }),
  });
}

/** Saves the person the page shows; anything unsure or unreadable goes to the user instead. */
async function savePerson(tab: Browser.tabs.Tab | undefined, deps: CaptureCommandDeps): Promise<void> {
  const url = tab?.url ?? '';
  const payload = acceptForDirectSave(await captureIn(tab), url);
  if (!payload) {
    await openForReview();
    return;
  }
  const result = await saveCapture(deps.db, payload, { url, cadenceDays: cadenceForNewPerson(await getSettings()) });
  await deps.onWrite();
  const notice = result.jobChanged
    ? 'capture.notice.jobChange'
    : result.status === 'created'
      ? 'capture.notice.saved'
      : 'capture.notice.updated';
  await notify(notice, payload.fields.name ?? '');
}

/** Adds the selection as a note to the saved person this page belongs to; otherwise lets the user pick. */
async function addSelectionNote(
  selection: string,
  tab: Browser.tabs.Tab | undefined,
  deps: CaptureCommandDeps,
): Promise<void> {
  const keys = noteKeysFor(await captureIn(tab), tab?.url ?? '');
  for (const key of keys) {
    const contact = await findByProfileKey(deps.db, key);
    if (!contact) continue;
    await addNote(deps.db, contact.id, selection);
    await deps.onWrite();
    await notify('capture.notice.noted', contact.name);
    return;
  }
  await openForReview();
}

function report(error: unknown): void {
  console.error('[tsunagari] capture command failed', error);
}

/**
 * The context menu ("Save the person on this page", "Add selection as a note to…") and the save-person
 * keyboard command (Alt+Shift+S, declared in the manifest). Listeners are added synchronously; the menus are
 * created on install and start-up (they outlive the worker, and removeAll keeps ids unique).
 */
export function registerCaptureCommands(deps: CaptureCommandDeps): void {
  browser.runtime.onInstalled.addListener(() => void createMenus().catch(report));
  browser.runtime.onStartup.addListener(() => void createMenus().catch(report));
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === MENU_SAVE) void savePerson(tab, deps).catch(report);
    const selection = info.selectionText?.trim();
    if (info.menuItemId === MENU_NOTE && selection) void addSelectionNote(selection, tab, deps).catch(report);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== COMMAND_SAVE) return;
    const run = async () => {
      const active = tab ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0];
      await savePerson(active, deps);
    };
    void run().catch(report);
  });
}
