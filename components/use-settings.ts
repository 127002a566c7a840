import { useEffect, useState } from 'react';
import type { Settings } from '../utils/model/settings';
import { DEFAULT_SETTINGS } from '../utils/model/settings';
import { getSettings, settingsItem } from '../utils/settings/items';

/** The current settings, kept live: a change made in the dashboard shows at once in an open popup. */
export function useSettings(): { settings: Settings; loaded: boolean } {
  const [state, setState] = useState<{ settings: Settings; loaded: boolean }>({
    settings: DEFAULT_SETTINGS,
    loaded: false,
  });
  useEffect(() => {
    let alive = true;
    const load = () =>
      void getSettings().then((settings) => {
        if (alive) setState({ settings, loaded: true });
      });
    load();
    const unwatch = settingsItem.watch(load);
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return state;
}
