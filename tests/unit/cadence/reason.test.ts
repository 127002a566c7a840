import { describe, expect, it } from 'vitest';
import { dueReason, FOLLOW_UP_DAYS } from '../../../utils/cadence/reason';
import { addLocalDays } from '../../../utils/cadence/calendar';
import { DAY_MS } from '../../../utils/cadence/due';
import { describeReason } from '../../../utils/i18n/messages/cadence';
import { translator } from '../../../utils/i18n';
import { person, talkedDaysAgo } from './people';

const TOKYO = 'Asia/Tokyo';
const NY = 'America/New_York';
const en = translator('en');
const ja = translator('ja');
const now = Date.parse('2026-06-10T03:00:00Z'); // Wednesday 12:00 in Tokyo

function say(contact: Parameters<typeof dueReason>[0], zone = TOKYO, at = now) {
  return describeReason(dueReason(contact, at, zone), en);
}

describe('dueReason', () => {
  it('says how long someone is overdue, in calendar units', () => {
    const contact = talkedDaysAgo('a', now, 30 + 21);
    expect(dueReason(contact, now, TOKYO)).toEqual({ code: 'overdue', params: { n: 3, unit: 'week' } });
    expect(say(contact)).toBe('3 weeks overdue');
    expect(describeReason(dueReason(contact, now, TOKYO), ja)).toBe('連絡時期を3週間過ぎています');
    expect(say(talkedDaysAgo('b', now, 31))).toBe('1 day overdue');
    expect(say(talkedDaysAgo('c', now, 30 + 7))).toBe('1 week overdue');
    expect(say(talkedDaysAgo('d', now, 30 + 100))).toBe('3 months overdue');
    expect(say(talkedDaysAgo('e', now, 30 + 800))).toBe('2 years overdue');
  });

  it('says when someone is due next', () => {
    expect(say(talkedDaysAgo('a', now, 28))).toBe('Due in 2 days');
    expect(say(talkedDaysAgo('b', now, 29))).toBe('Due tomorrow');
    expect(say(talkedDaysAgo('c', now, 9))).toBe('Due in 3 weeks');
    expect(describeReason(dueReason(talkedDaysAgo('d', now, 28), now, TOKYO), ja)).toBe('あと2日で連絡時期');
  });

  it('says "due today" on the due day, before and after the due moment', () => {
    expect(say(person({ id: 'a', lastInteractionAt: now - 30 * DAY_MS + 3_600_000 }))).toBe('Due today');
    expect(say(person({ id: 'b', lastInteractionAt: now - 30 * DAY_MS - 3_600_000 }))).toBe('Due today');
  });

  it('counts overdue days on the calendar across a daylight-saving change', () => {
    // Due Saturday 09:00 EST; on Monday 08:00 EDT only 46 hours have passed, but it is two days later.
    const dueAt = Date.parse('2026-03-07T14:00:00Z');
    const monday = Date.parse('2026-03-09T12:00:00Z');
    const contact = person({ id: 'a', cadenceDays: 1, lastInteractionAt: dueAt - DAY_MS });
    expect(contact.dueAt).toBe(dueAt);
    expect(say(contact, NY, monday)).toBe('2 days overdue');
  });

  it('counts days in the user’s own zone', () => {
    const dueAt = Date.parse('2026-05-01T14:30:00Z');
    const at = Date.parse('2026-05-02T00:30:00Z');
    const contact = person({ id: 'a', cadenceDays: 1, lastInteractionAt: dueAt - DAY_MS });
    expect(say(contact, TOKYO, at)).toBe('1 day overdue'); // due 23:30 yesterday, now 09:30
    expect(say(contact, 'America/Los_Angeles', at)).toBe('Due today'); // due 07:30, now 17:30 the same day
  });

  it('suggests a follow-up after a recent first meeting', () => {
    const met = {
      context: 'event' as const,
      place: 'Design meetup',
      date: addLocalDays(now, -14, TOKYO),
      introducedBy: '',
    };
    const contact = person({ id: 'a', met, cadenceDays: 90 });
    expect(dueReason(contact, now, TOKYO)).toEqual({
      code: 'followUp',
      params: { context: 'event', n: 2, unit: 'week' },
    });
    expect(say(contact)).toBe('Met at an event 2 weeks ago — follow up');
    expect(describeReason(dueReason(contact, now, TOKYO), ja)).toBe(
      '2週間前にイベントで知り合いました。ひとこと連絡してみましょう',
    );
    expect(say(person({ id: 'b', met: { ...met, date: now - 3_600_000 } }))).toBe('Met at an event today — follow up');
    expect(say(person({ id: 'c', met: { ...met, context: null, date: addLocalDays(now, -3, TOKYO) } }))).toBe(
      'Met 3 days ago — follow up',
    );
  });

  it('stops suggesting a follow-up once they talked or the meeting is old', () => {
    const met = { context: 'coffee' as const, place: '', date: addLocalDays(now, -10, TOKYO), introducedBy: '' };
    expect(dueReason(person({ id: 'a', met, lastInteractionAt: now - DAY_MS }), now, TOKYO).code).toBe('dueIn');
    const old = { ...met, date: addLocalDays(now, -(FOLLOW_UP_DAYS + 1), TOKYO) };
    expect(dueReason(person({ id: 'b', met: old }), now, TOKYO).code).toBe('overdue');
  });

  it('calls someone never talked to "new", never overdue or in touch, with the year they connected (issue 15)', () => {
    const connected = Date.parse('2019-04-02T03:00:00Z');
    const imported = person({
      id: 'n',
      met: { context: null, place: '', date: connected, introducedBy: '' },
      cadenceDays: 90,
      createdAt: now,
    });
    expect(dueReason(imported, now, TOKYO)).toEqual({ code: 'new', params: { since: 2019 } });
    expect(say(imported)).toBe('New · connected in 2019');
    expect(describeReason(dueReason(imported, now, TOKYO), ja)).toBe('2019年につながり、まだ連絡していません');
    // Saved today with no date: due in the future, still "new" rather than "in touch".
    expect(say(person({ id: 'm', cadenceDays: 90, createdAt: now }))).toBe('New · not contacted yet');
    // Saved long ago and still never talked to: overdue, counted from the end of the first cadence after saving.
    const savedLongAgo = person({ id: 'p', met: imported.met, cadenceDays: 30, createdAt: now - 100 * DAY_MS });
    expect(say(savedLongAgo)).toBe('2 months overdue');
    // Once they talk, the plain due date comes back.
    expect(
      dueReason(
        person({ id: 'o', met: imported.met, cadenceDays: 90, lastInteractionAt: now - 200 * DAY_MS }),
        now,
        TOKYO,
      ).code,
    ).toBe('overdue');
  });

  it('names a job change not talked about yet', () => {
    const jobChange = { from: 'Designer @ Hoshi Works', to: 'Design Lead @ Kumo Labs', seenAt: now - 2 * DAY_MS };
    const contact = talkedDaysAgo('a', now, 10, { jobChange });
    expect(say(contact)).toBe('New job: Design Lead @ Kumo Labs');
    expect(describeReason(dueReason(contact, now, TOKYO), ja)).toBe('転職・異動：Design Lead @ Kumo Labs');
    // Talking to them after the change is the follow-up; the reason goes back to the due date.
    expect(dueReason({ ...contact, lastInteractionAt: now - DAY_MS }, now, TOKYO).code).toBe('dueIn');
  });

  it('says a snooze and when it ends, but only while the snooze is what holds the person back', () => {
    const snoozed = talkedDaysAgo('a', now, 40, { snoozedUntil: addLocalDays(now, 14, TOKYO) });
    expect(say(snoozed)).toBe('Snoozed — back in 2 weeks');
    expect(describeReason(dueReason(snoozed, now, TOKYO), ja)).toBe('延期中・2週間後から再表示');
    expect(say(talkedDaysAgo('b', now, 40, { snoozedUntil: addLocalDays(now, 1, TOKYO) }))).toBe(
      'Snoozed — back tomorrow',
    );
    // A snooze that ends before the cadence would is irrelevant.
    const irrelevant = talkedDaysAgo('c', now, 5, { snoozedUntil: addLocalDays(now, 3, TOKYO) });
    expect(dueReason(irrelevant, now, TOKYO).code).toBe('dueIn');
    // A snooze that has ended leaves the person overdue.
    expect(dueReason(talkedDaysAgo('d', now, 40, { snoozedUntil: now - DAY_MS }), now, TOKYO).code).toBe('overdue');
  });

  it('keeps archived and untracked people out of reminders', () => {
    expect(say(talkedDaysAgo('a', now, 400, { archivedAt: now - DAY_MS }))).toBe('Archived');
    expect(say(talkedDaysAgo('b', now, 400, { cadenceDays: null }))).toBe('Not tracked');
  });
});
