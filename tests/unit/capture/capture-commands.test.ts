import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { registerCaptureCommands } from '../../../entrypoints/background/capture-commands';
import { captureFromDocument } from '../../../utils/capture';
import { TsunagariDB } from '../../../utils/db/database';
import { saveCapture } from '../../../utils/db/contacts';
import { notesOf } from '../../../utils/db/notes';
import { loadPage } from './load';
import { stubManifest } from '../background/support';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- listeners of every browser event shape
type Listener = (...args: any[]) => unknown;

/** A tiny event: fakeBrowser leaves contextMenus and commands unimplemented. */
function fakeEvent() {
  const listeners: Listener[] = [];
  return {
    listeners,
    addListener: (fn: Listener) => void listeners.push(fn),
    removeListener: (fn: Listener) => void listeners.splice(listeners.indexOf(fn), 1),
    hasListener: (fn: Listener) => listeners.includes(fn),
    fire: (...args: unknown[]) => listeners.forEach((fn) => fn(...args)),
  };
}

const PAGE_URL = 'https://rina-okada.example/about/';
let counter = 0;
let db: TsunagariDB;
let menus: Array<{ id: string; title: string; contexts: string[] }>;
let onClicked: ReturnType<typeof fakeEvent>;
let onCommand: ReturnType<typeof fakeEvent>;
let injected: Array<{ target: { tabId: number }; files: string[] }>;
let pageAnswer: unknown;
let openPopup: ReturnType<typeof vi.fn<() => Promise<undefined>>>;
let onWrite: ReturnType<typeof vi.fn<() => Promise<undefined>>>;

beforeEach(() => {
  counter += 1;
  db = new TsunagariDB(`capture-commands-${counter}-${Math.random()}`);
  menus = [];
  injected = [];
  onClicked = fakeEvent();
  onCommand = fakeEvent();
  stubManifest();
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- fakeBrowser has no contextMenus/commands events
  const browser = fakeBrowser as any;
  browser.contextMenus.onClicked = onClicked;
  browser.commands.onCommand = onCommand;
  browser.contextMenus.removeAll = async () => void (menus = []);
  browser.contextMenus.create = (item: (typeof menus)[number]) => void menus.push(item);
  browser.scripting.executeScript = async (details: (typeof injected)[number]) => {
    injected.push(details);
    return [{ frameId: 0, result: pageAnswer }];
  };
  openPopup = vi.fn<() => Promise<undefined>>(async () => undefined);
  browser.action.openPopup = openPopup;
  onWrite = vi.fn<() => Promise<undefined>>(async () => undefined);
  const capture = captureFromDocument(loadPage('person-jsonld.html'), PAGE_URL);
  pageAnswer = { capture, selection: '' };
});

const tab = {
  id: 5,
  url: PAGE_URL,
  index: 0,
  active: true,
  highlighted: false,
  pinned: false,
  incognito: false,
  windowId: 1,
};

async function settle() {
  for (let i = 0; i < 20; i += 1) await new Promise((resolve) => setTimeout(resolve, 5));
}

describe('registerCaptureCommands', () => {
  it('creates the two context menu items on install, in the user’s language', async () => {
    registerCaptureCommands({ db, onWrite });
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await settle();
    expect(menus.map((m) => [m.title, m.contexts])).toEqual([
      ['Save the person on this page', ['page']],
      ['Add selection as a note to…', ['selection']],
    ]);
  });

  it('saves the person on the page with the save-person command, injecting capture-page.js into that tab', async () => {
    registerCaptureCommands({ db, onWrite });
    onCommand.fire('save-person', tab);
    await settle();
    expect(injected).toEqual([{ target: { tabId: 5 }, files: ['/capture-page.js'] }]);
    const [saved] = await db.contacts.toArray();
    expect(saved).toMatchObject({
      name: 'Rina Okada',
      company: 'Okada Studio',
      profileKeys: ['web:rina-okada.example/about'],
    });
    expect(onWrite).toHaveBeenCalled();
    expect(openPopup).not.toHaveBeenCalled();
  });

  it('opens the popup instead of saving when the capture needs the user’s look', async () => {
    pageAnswer = { capture: captureFromDocument(loadPage('fallback-article.html'), PAGE_URL), selection: '' };
    registerCaptureCommands({ db, onWrite });
    onClicked.fire({ menuItemId: 'tsunagari-save-person', editable: false, pageUrl: PAGE_URL }, tab);
    await settle();
    expect(openPopup).toHaveBeenCalledTimes(1);
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses a capture whose key is not the tab’s page', async () => {
    const capture = captureFromDocument(loadPage('person-jsonld.html'), PAGE_URL);
    pageAnswer = { capture: { ...capture, profileKey: 'linkedin:someone-else' }, selection: '' };
    registerCaptureCommands({ db, onWrite });
    onCommand.fire('save-person', tab);
    await settle();
    expect(await db.contacts.count()).toBe(0);
    expect(openPopup).toHaveBeenCalledTimes(1);
  });

  it('adds the selection as a note to the saved person of this page, else opens the popup', async () => {
    registerCaptureCommands({ db, onWrite });
    const click = {
      menuItemId: 'tsunagari-add-note',
      editable: false,
      pageUrl: PAGE_URL,
      selectionText: '  Runs sketching walks  ',
    };
    onClicked.fire(click, tab);
    await settle();
    expect(openPopup).toHaveBeenCalledTimes(1);

    const capture = captureFromDocument(loadPage('person-jsonld.html'), PAGE_URL)!;
    const { contactId } = await saveCapture(
      db,
      { source: capture.source, profileKey: capture.profileKey, profile: capture.profile, fields: capture.fields },
      { url: PAGE_URL, cadenceDays: null },
    );
    onClicked.fire(click, tab);
    await settle();
    expect((await notesOf(db, contactId)).map((n) => n.body)).toEqual(['Runs sketching walks']);
  });
});
