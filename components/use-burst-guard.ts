import { useCallback, useRef } from 'react';

/**
 * Runs an action once per burst of clicks: a call while the previous one is still running, or within `quietMs`
 * after it finished, does nothing. A double-click on "Talked today" is one talk, not two; the second click may
 * arrive before or after the first write has finished, so a flag alone is not enough.
 */
export function useBurstGuard(quietMs = 1_500) {
  const busy = useRef(false);
  const lastDone = useRef(-Infinity);
  return useCallback(
    async <T>(action: () => Promise<T>): Promise<T | undefined> => {
      if (busy.current || performance.now() - lastDone.current < quietMs) return undefined;
      busy.current = true;
      try {
        return await action();
      } finally {
        busy.current = false;
        lastDone.current = performance.now();
      }
    },
    [quietMs],
  );
}
