import { useCallback } from 'react';
import { useT } from '../i18n';
import { useToast } from '../Toast';
import { failureText } from './failure-text';
import { runWrite, type WriteOptions, type Written } from './run-write';

export type Write = <T>(what: string, run: () => Promise<T>, options?: WriteOptions) => Promise<Written<T>>;

/**
 * Every write in the popup and the dashboard goes through this: `what` names the thing being saved in the UI
 * language (`t('write.what.note', { name })`), so a failure toast says exactly what was not saved, and why.
 */
export function useWrite(): Write {
  const t = useT();
  const toast = useToast();
  return useCallback<Write>(
    (what, run, options) =>
      runWrite(run, (error) => toast(failureText(t, what, error), undefined, { tone: 'error' }), options),
    [t, toast],
  );
}
