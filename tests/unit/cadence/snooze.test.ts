import { describe, expect, it } from 'vitest';
import { snoozePresetUntil, snoozeUntilDate } from '../../../utils/cadence/snooze';
import { toLocal } from '../../../utils/cadence/calendar';

const NY = 'America/New_York';
const TOKYO = 'Asia/Tokyo';
const at = (iso: string) => Date.parse(iso);

describe('snooze presets', () => {
  it('snoozes a week to the same local time, across spring-forward', () => {
    const saturday9am = at('2026-03-07T14:00:00Z');
    expect(snoozePresetUntil('week', saturday9am, NY, null)).toBe(at('2026-03-14T13:00:00Z'));
  });

  it('snoozes a month to the same day and time next month, clamped to its end', () => {
    expect(snoozePresetUntil('month', at('2026-10-15T14:00:00Z'), NY, null)).toBe(at('2026-11-15T15:00:00Z')); // EDT → EST
    const jan31 = at('2026-01-31T01:00:00Z'); // 10:00 in Tokyo
    expect(toLocal(snoozePresetUntil('month', jan31, TOKYO, null), TOKYO)).toMatchObject({
      month: 2,
      day: 28,
      hour: 10,
    });
  });
});

describe('snooze of someone not yet due', () => {
  const now = at('2026-06-10T03:00:00Z'); // 12:00 in Tokyo

  it('pushes the due date: a week counts from when they are due, not from now', () => {
    const dueIn10Days = at('2026-06-20T03:00:00Z');
    expect(snoozePresetUntil('week', now, TOKYO, dueIn10Days)).toBe(at('2026-06-27T03:00:00Z'));
    expect(snoozePresetUntil('month', now, TOKYO, dueIn10Days)).toBe(at('2026-07-20T03:00:00Z'));
  });

  it('counts from now for someone overdue or untracked', () => {
    const overdue = at('2026-05-01T03:00:00Z');
    expect(snoozePresetUntil('week', now, TOKYO, overdue)).toBe(at('2026-06-17T03:00:00Z'));
    expect(snoozePresetUntil('week', now, TOKYO, null)).toBe(at('2026-06-17T03:00:00Z'));
  });

  it('always ends after the current due date, so the snooze is visible', () => {
    for (const days of [0, 1, 6, 7, 8, 30, 400]) {
      const dueAt = now + days * 86_400_000;
      expect(snoozePresetUntil('week', now, TOKYO, dueAt)).toBeGreaterThan(dueAt);
    }
  });
});

describe('snooze to a chosen date', () => {
  const now = at('2026-06-10T03:00:00Z');

  it('ends when the chosen day begins in the user’s zone', () => {
    expect(snoozeUntilDate('2026-07-01', now, TOKYO)).toBe(at('2026-06-30T15:00:00Z'));
    expect(snoozeUntilDate('2026-07-01', now, NY)).toBe(at('2026-07-01T04:00:00Z'));
    expect(snoozeUntilDate({ year: 2026, month: 7, day: 1 }, now, TOKYO)).toBe(at('2026-06-30T15:00:00Z'));
  });

  it('refuses today, the past and impossible dates', () => {
    expect(snoozeUntilDate('2026-06-10', now, TOKYO)).toBeNull();
    expect(snoozeUntilDate('2026-05-01', now, TOKYO)).toBeNull();
    expect(snoozeUntilDate('2026-06-31', now, TOKYO)).toBeNull();
    expect(snoozeUntilDate('next week', now, TOKYO)).toBeNull();
    // Tomorrow in Tokyo is fine even though it is still "today" in New York's terms of this instant.
    expect(snoozeUntilDate('2026-06-11', now, TOKYO)).toBe(at('2026-06-10T15:00:00Z'));
  });
});
