import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeMessage, type RouterDeps } from '../../../entrypoints/background/router';
import { captureButton } from '../../../utils/i18n/messages/capture';
import { testDb } from '../db/test-db';

const self = { id: 'tsunagari-id', origin: 'chrome-extension://tsunagari-id/' };
const profileUrl = 'https://www.linkedin.com/in/emi-sato/';
const sender = (url = profileUrl) => ({ id: self.id, url, frameId: 0, tab: { id: 7, url } });

function deps(): RouterDeps {
  return { db: testDb(), self, onWrite: vi.fn(async () => undefined) };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the in-page button asks the worker for its words', () => {
  it('answers in the language of the settings, and follows a change', async () => {
    await fakeBrowser.storage.local.set({ settings: { language: 'ja' } });
    expect(await routeMessage({ type: 'button-words' }, sender(), deps())).toEqual({
      ok: true,
      words: captureButton.ja,
    });
    await fakeBrowser.storage.local.set({ settings: { language: 'en' } });
    expect(await routeMessage({ type: 'button-words' }, sender(), deps())).toEqual({
      ok: true,
      words: captureButton.en,
    });
  });

  it('is refused to anyone but the extension’s own content script on an allowed site', async () => {
    expect(await routeMessage({ type: 'button-words' }, { ...sender(), id: 'evil' }, deps())).toMatchObject({
      ok: false,
    });
    expect(await routeMessage({ type: 'button-words' }, sender('https://evil.example/in/x/'), deps())).toMatchObject({
      ok: false,
    });
  });
});
