import type { Translate } from '../../utils/i18n';
import { dueState, type DueState } from '../../utils/cadence/due';
import { dueReason } from '../../utils/cadence/reason';
import { localTimeZone } from '../../utils/cadence/calendar';
import { describeReason } from '../../utils/i18n/messages/cadence';
import type { Contact } from '../../utils/model/contact';

/** The due state and its one most useful reason ("3 weeks overdue", "new job: …"), in the UI language. */
export function dueText(
  t: Translate,
  contact: Contact,
  now: number,
  soonDays: number,
): { state: DueState; text: string } {
  return {
    state: dueState(contact.dueAt, now, soonDays),
    text: describeReason(dueReason(contact, now, localTimeZone()), t),
  };
}
