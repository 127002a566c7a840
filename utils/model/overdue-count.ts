/**
 * How far the overdue count goes, everywhere it is shown (badge, tooltip, popup, dashboard): "99+" from 100 on.
 * Nobody plans a week around the 4,000th overdue name, and an IndexedDB count walks every matching key, so an
 * uncapped count grows with the backlog (measured: 211 ms at 12,000 overdue, 2 ms capped; bench/results.json).
 */
export const OVERDUE_CAP = 100;

/** "99+" once the count reaches the cap, the number otherwise. */
export function formatOverdue(count: number): string {
  return count >= OVERDUE_CAP ? `${OVERDUE_CAP - 1}+` : String(count);
}
