import type { Contact, MetContext } from '../model/contact';
import { calendarDaysBetween, calendarSpan, localYear, type SpanUnit } from './calendar';
import { computeDueAt, DAY_MS, lastTouchAt } from './due';

/** How long after meeting someone, never talked to since, we suggest following up. */
export const FOLLOW_UP_DAYS = 30;

/**
 * Why a person shows up (or not) — a code and its parameters, never a sentence: the UI translates it
 * (utils/i18n/messages/cadence.ts, `describeReason`). `n`/`unit` are calendar spans in the user's zone.
 */
export type DueReason =
  | { code: 'archived'; params: Record<string, never> }
  | { code: 'untracked'; params: Record<string, never> }
  | { code: 'snoozed'; params: { n: number; unit: SpanUnit } }
  | { code: 'newJob'; params: { role: string } }
  | { code: 'followUp'; params: { context: MetContext | null; n: number; unit: SpanUnit } }
  | { code: 'overdue'; params: { n: number; unit: SpanUnit } }
  | { code: 'new'; params: { since: number | null } }
  | { code: 'dueToday'; params: Record<string, never> }
  | { code: 'dueIn'; params: { n: number; unit: SpanUnit } };

export type DueReasonCode = DueReason['code'];

type ReasonInputs = Pick<
  Contact,
  'cadenceDays' | 'lastInteractionAt' | 'met' | 'createdAt' | 'snoozedUntil' | 'archivedAt' | 'jobChange'
>;

/**
 * The one most useful reason, in this order: not in reminders at all (archived, untracked), put off on
 * purpose (snoozed), a hook to write about (a job change not talked about yet, a recent first meeting with
 * no follow-up), someone never talked to ("new"), then the plain due date ("3 weeks overdue", "due today", "due in 2 days").
 */
export function dueReason(contact: ReasonInputs, now: number, timeZone: string): DueReason {
  if (contact.archivedAt !== null) return { code: 'archived', params: {} };
  if (contact.cadenceDays === null) return { code: 'untracked', params: {} };

  const touch = lastTouchAt(contact);
  const dueAt = computeDueAt(contact);
  // Unreachable after the checks above; kept so the type follows computeDueAt's contract.
  if (dueAt === null) return { code: 'untracked', params: {} };
  // A snooze that ends before the cadence would anyway changes nothing, so it is not the reason.
  if (contact.snoozedUntil !== null && contact.snoozedUntil > now && dueAt === contact.snoozedUntil) {
    return { code: 'snoozed', params: calendarSpan(now, contact.snoozedUntil, timeZone) };
  }
  if (contact.jobChange && contact.jobChange.seenAt > touch) {
    return { code: 'newJob', params: { role: contact.jobChange.to } };
  }
  const metAt = contact.met.date;
  if (
    contact.lastInteractionAt === null &&
    metAt !== null &&
    metAt <= now &&
    calendarDaysBetween(metAt, now, timeZone) <= FOLLOW_UP_DAYS
  ) {
    return { code: 'followUp', params: { context: contact.met.context, ...calendarSpan(metAt, now, timeZone) } };
  }
  // Never talked to: the due clock runs from the connection date, which for an imported tie may be years before
  // the user saved them. Within their first cadence after saving they are "new" ("New · connected in 2019"), never
  // "in touch" or "7 years overdue"; after it, overdue counts from the end of that first cadence at the earliest.
  let due = dueAt;
  if (contact.lastInteractionAt === null) {
    const firstDue = contact.createdAt + contact.cadenceDays * DAY_MS;
    if (now < firstDue) return { code: 'new', params: { since: metAt !== null ? localYear(metAt, timeZone) : null } };
    due = Math.max(dueAt, firstDue);
  }

  if (calendarDaysBetween(due, now, timeZone) === 0) return { code: 'dueToday', params: {} };
  if (due <= now) return { code: 'overdue', params: calendarSpan(due, now, timeZone) };
  return { code: 'dueIn', params: calendarSpan(now, dueAt, timeZone) };
}
