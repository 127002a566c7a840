import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { routeMessage, type RouterDeps } from '../../../entrypoints/background/router';
import { testDb, linkedinPayload } from '../db/test-db';

const self = { id: 'tsunagari-id', origin: 'chrome-extension://tsunagari-id/' };
const profileUrl = 'https://www.linkedin.com/in/emi-sato/';
const sender = (url = profileUrl) => ({ id: self.id, url, frameId: 0, tab: { id: 7, url } });

function deps(): RouterDeps {
  return { db: testDb(), self, onWrite: vi.fn(async () => undefined) };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the in-page button of a saved person opens their card (issue 15)', () => {
  it('opens the toolbar panel over the tab, validated in the background', async () => {
    const d = deps();
    await routeMessage({ type: 'capture', payload: linkedinPayload('emi-sato', { name: 'Emi Sato' }) }, sender(), d);
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    expect(await routeMessage({ type: 'open-card' }, sender(), d)).toEqual({ ok: true, opened: 'popup' });
    expect(openPopup).toHaveBeenCalledOnce();
  });

  it('falls back to the panel in a small window for that tab when the browser refuses openPopup', async () => {
    const d = deps();
    await routeMessage({ type: 'capture', payload: linkedinPayload('emi-sato', { name: 'Emi Sato' }) }, sender(), d);
    vi.spyOn(fakeBrowser.action, 'openPopup').mockRejectedValue(new Error('no gesture'));
    const create = vi.spyOn(fakeBrowser.windows, 'create').mockResolvedValue({} as never);
    expect(await routeMessage({ type: 'open-card' }, sender(), d)).toEqual({ ok: true, opened: 'window' });
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ url: expect.stringMatching(/popup\.html\?tab=7$/), type: 'popup' }),
    );
  });

  it('opens nothing for a person not saved, a page that is not a profile, or another sender', async () => {
    const d = deps();
    const openPopup = vi.spyOn(fakeBrowser.action, 'openPopup').mockResolvedValue(undefined);
    expect(await routeMessage({ type: 'open-card' }, sender(), d)).toMatchObject({ ok: false, error: /not saved/ });
    expect(await routeMessage({ type: 'open-card' }, sender('https://www.linkedin.com/feed/'), d)).toMatchObject({
      ok: false,
    });
    expect(await routeMessage({ type: 'open-card' }, { ...sender(), frameId: 3 }, d)).toMatchObject({
      ok: false,
      error: /top frame/,
    });
    expect(await routeMessage({ type: 'open-card' }, { ...sender(), id: 'evil' }, d)).toMatchObject({ ok: false });
    expect(openPopup).not.toHaveBeenCalled();
  });
});
