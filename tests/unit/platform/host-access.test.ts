import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  LINKEDIN_ORIGINS,
  concernsLinkedIn,
  readHostAccess,
  requestHostAccess,
  shouldOfferHostAccess,
  watchHostAccess,
  type HostAccess,
} from '../../../utils/platform/host-access';
import { installFakePermissions } from './fake-permissions';

const LINKEDIN = 'https://*.linkedin.com/*';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('host access to LinkedIn (Firefox MV3 installs without it)', () => {
  it('asks for exactly the origin the manifest declares', () => {
    expect([...LINKEDIN_ORIGINS]).toEqual([LINKEDIN]);
  });

  it('reads missing when the browser has not granted LinkedIn, granted when it has', async () => {
    installFakePermissions([]);
    expect(await readHostAccess()).toBe('missing');
    vi.restoreAllMocks();
    installFakePermissions([LINKEDIN]);
    expect(await readHostAccess()).toBe('granted');
  });

  it('reads unavailable when the API throws, so no button is offered that cannot work', async () => {
    installFakePermissions([]);
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    vi.spyOn(fakeBrowser.permissions, 'contains').mockRejectedValue(new Error('not allowed here'));
    expect(await readHostAccess()).toBe('unavailable');
  });

  it('offers the banner only when access is known to be missing', () => {
    const cases: Array<[HostAccess, boolean]> = [
      ['checking', false],
      ['granted', false],
      ['missing', true],
      ['unavailable', false],
    ];
    for (const [access, offered] of cases) expect(shouldOfferHostAccess(access), access).toBe(offered);
  });

  it('calls permissions.request synchronously, inside the click, with the LinkedIn origin', async () => {
    const fake = installFakePermissions([]);
    const pending = requestHostAccess();
    // Firefox only honours the request inside the user gesture: the call must happen before any await.
    expect(fake.request).toHaveBeenCalledTimes(1);
    expect(fake.request).toHaveBeenCalledWith({ origins: [LINKEDIN] });
    expect(await pending).toBe('granted');
    expect(await readHostAccess()).toBe('granted');
  });

  it('stays missing when the user declines or the browser refuses the request', async () => {
    const fake = installFakePermissions([]);
    fake.answer(false);
    expect(await requestHostAccess()).toBe('missing');
    fake.answer(new Error('permissions.request may only be called from a user input handler'));
    expect(await requestHostAccess()).toBe('missing');
    expect(await readHostAccess()).toBe('missing');
  });

  it('follows grants and revocations made elsewhere, and stops after unsubscribe', async () => {
    const fake = installFakePermissions([]);
    const seen: HostAccess[] = [];
    const stop = watchHostAccess((access) => seen.push(access));
    fake.grantElsewhere(LINKEDIN);
    await vi.waitFor(() => expect(seen).toEqual(['granted']));
    fake.revoke(LINKEDIN);
    await vi.waitFor(() => expect(seen).toEqual(['granted', 'missing']));
    stop();
    expect(fake.listenerCount()).toBe(0);
    fake.grantElsewhere(LINKEDIN);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual(['granted', 'missing']);
  });

  it('ignores permission changes about other origins', () => {
    expect(concernsLinkedIn({ origins: [LINKEDIN] })).toBe(true);
    expect(concernsLinkedIn({ origins: ['https://github.com/*'] })).toBe(false);
    expect(concernsLinkedIn({})).toBe(false);
  });
});
