import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HostPermissionBanner } from '../../../components/HostPermissionBanner';
import { installFakePermissions } from './fake-permissions';

const LINKEDIN = 'https://*.linkedin.com/*';

// React only flushes act() updates when told it runs under a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let host: HTMLDivElement;
let root: Root;

beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.restoreAllMocks();
});

async function render() {
  await act(async () => {
    root.render(<HostPermissionBanner />);
  });
}

function allowButton(): HTMLButtonElement | null {
  return [...host.querySelectorAll('button')].find((b) => b.textContent === 'Allow on LinkedIn') ?? null;
}

describe('HostPermissionBanner', () => {
  it('renders nothing when LinkedIn access is granted (Chrome, or Firefox after the user allowed it)', async () => {
    installFakePermissions([LINKEDIN]);
    await render();
    expect(host.textContent).toBe('');
  });

  it('explains and offers a button when access is missing; the click requests it and the banner goes', async () => {
    const fake = installFakePermissions([]);
    await render();
    expect(host.querySelector('h2')?.textContent).toBe('Allow Tsunagari on LinkedIn');
    const button = allowButton();
    expect(button).not.toBeNull();
    await act(async () => {
      button!.click();
      // Requested within the click itself, before any await (Firefox's user-gesture rule).
      expect(fake.request).toHaveBeenCalledWith({ origins: [LINKEDIN] });
    });
    expect(host.textContent).toBe('');
  });

  it('stays, with a note, when the user declines', async () => {
    const fake = installFakePermissions([]);
    fake.answer(false);
    await render();
    await act(async () => allowButton()!.click());
    expect(allowButton()).not.toBeNull();
    expect(host.querySelector('[role="status"]')?.textContent).toMatch(/Not allowed yet/);
  });

  it('disappears when access is granted elsewhere while it is open', async () => {
    const fake = installFakePermissions([]);
    await render();
    expect(allowButton()).not.toBeNull();
    await act(async () => fake.grantElsewhere(LINKEDIN));
    await vi.waitFor(() => expect(host.textContent).toBe(''));
  });
});
