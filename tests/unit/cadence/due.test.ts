import { describe, expect, it } from 'vitest';
import { computeDueAt, DAY_MS, dueState, lastTouchAt, resolveCadence } from '../../../utils/cadence/due';
import { person } from './people';

const now = Date.parse('2026-06-10T03:00:00Z');
const met = (date: number | null) => ({ context: 'lunch' as const, place: '', date, introducedBy: '' });

describe('due dates', () => {
  it('counts from the last talk, else the meeting, else when the person was saved', () => {
    const saved = now - 100 * DAY_MS;
    expect(lastTouchAt({ lastInteractionAt: now - DAY_MS, met: met(now - 50 * DAY_MS), createdAt: saved })).toBe(
      now - DAY_MS,
    );
    expect(lastTouchAt({ lastInteractionAt: null, met: met(now - 50 * DAY_MS), createdAt: saved })).toBe(
      now - 50 * DAY_MS,
    );
    expect(lastTouchAt({ lastInteractionAt: null, met: met(null), createdAt: saved })).toBe(saved);
  });

  it('is the last touch plus the cadence, pushed later by a snooze but never earlier', () => {
    const base = { cadenceDays: 30, lastInteractionAt: now, met: met(null), createdAt: now, archivedAt: null };
    expect(computeDueAt({ ...base, snoozedUntil: null })).toBe(now + 30 * DAY_MS);
    expect(computeDueAt({ ...base, snoozedUntil: now + 40 * DAY_MS })).toBe(now + 40 * DAY_MS);
    expect(computeDueAt({ ...base, snoozedUntil: now + 10 * DAY_MS })).toBe(now + 30 * DAY_MS);
  });

  it('is never due when archived or untracked', () => {
    expect(person({ id: 'a', archivedAt: now }).dueAt).toBeNull();
    expect(person({ id: 'b', cadenceDays: null }).dueAt).toBeNull();
  });
});

describe('due states', () => {
  it('is overdue from the due moment on, soon within the window, ok beyond it', () => {
    expect(dueState(now, now, 7)).toBe('overdue');
    expect(dueState(now - 1, now, 7)).toBe('overdue');
    expect(dueState(now + 1, now, 7)).toBe('soon');
    expect(dueState(now + 7 * DAY_MS, now, 7)).toBe('soon');
    expect(dueState(now + 7 * DAY_MS + 1, now, 7)).toBe('ok');
    expect(dueState(now + 1, now, 0)).toBe('ok');
    expect(dueState(null, now, 7)).toBe('none');
  });
});

describe('resolveCadence', () => {
  it('takes the shortest matching tag cadence, else the default', () => {
    const tags = { mentor: 60, team: 14 };
    expect(resolveCadence(['mentor', 'team'], 90, tags)).toBe(14);
    expect(resolveCadence(['friend'], 90, tags)).toBe(90);
    expect(resolveCadence([], null, tags)).toBeNull();
  });
});
