import type { DueState } from '../utils/cadence/due';
import { useT } from './i18n';

const STATE_KEY = {
  overdue: 'due.overdue',
  soon: 'due.soon',
  ok: 'due.ok',
  none: 'due.none',
} as const;

/** The due state as a coloured chip; the colour is never the only signal (the label says it too). */
export function DueChip({ state, reason }: { state: DueState; reason?: string }) {
  const t = useT();
  return (
    <span className={`due-chip due-${state}`} title={reason}>
      {reason ?? t(STATE_KEY[state])}
    </span>
  );
}
