import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SettingsPage } from '../../../entrypoints/dashboard/settings/SettingsPage';
import { getSettings, settingsItem } from '../../../utils/settings/items';
import { mount, until } from '../components/render';

/*
 * Issue 13: a settings change recounts the badge once. The worker watches the settings item and recounts from it
 * (entrypoints/background/keep-in-touch.ts), so the page must not also send `data-changed`.
 */

let view: ReturnType<typeof mount> | null = null;
afterEach(() => {
  view?.unmount();
  view = null;
});

describe('settings and the badge', () => {
  it('a settings change reaches the worker once: through the storage watch, not also by a message', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const watched = vi.fn();
    const unwatch = settingsItem.watch(watched);
    view = mount(<SettingsPage />);
    const label = await until(() =>
      Array.from(view!.host.querySelectorAll('label')).find(
        (l) => l.textContent === 'Show the overdue count on the toolbar icon',
      ),
    );
    const box = document.getElementById(label.htmlFor) as HTMLInputElement;
    const before = box.checked;
    act(() => box.click());
    await until(async () => (await getSettings()).badgeEnabled !== before);
    await until(() => watched.mock.calls.length > 0);
    expect(watched).toHaveBeenCalledTimes(1);
    expect(sent).not.toHaveBeenCalled();
    unwatch();
  });
});
