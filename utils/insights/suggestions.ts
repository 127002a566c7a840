import type { Contact } from '../model/contact';
import { DAY_MS, lastTouchAt } from '../cadence/due';
import { roleOf } from './variety';

export const RECENT_DAYS = 90;

export type ReachReason = 'company' | 'role' | 'context';

export interface Suggestion {
  contact: Contact;
  /** What makes this person outside the usual circle, strongest first. */
  reasons: ReachReason[];
}

/**
 * "The usual circle" is who the user was in touch with in the last 90 days. A suggestion is someone
 * not archived whose company, role or how-they-met is outside that circle; people differing on more
 * of those come first, then the longest quiet. With no recent touches there is no circle to leave,
 * so the quietest people are offered for every reason they have.
 */
export function reachBeyond(contacts: readonly Contact[], now: number, limit = 5): Suggestion[] {
  const recentCutoff = now - RECENT_DAYS * DAY_MS;
  const usual = { company: new Set<string>(), role: new Set<string>(), context: new Set<string>() };
  for (const c of contacts) {
    if (c.archivedAt !== null || c.lastInteractionAt === null || c.lastInteractionAt < recentCutoff) continue;
    if (c.company) usual.company.add(c.company.trim().toLowerCase());
    const role = roleOf(c.title);
    if (role) usual.role.add(role);
    if (c.met.context) usual.context.add(c.met.context);
  }
  const candidates: Suggestion[] = [];
  for (const c of contacts) {
    if (c.archivedAt !== null) continue;
    if (c.lastInteractionAt !== null && c.lastInteractionAt >= recentCutoff) continue;
    const reasons: ReachReason[] = [];
    const company = c.company.trim().toLowerCase();
    if (company && !usual.company.has(company)) reasons.push('company');
    const role = roleOf(c.title);
    if (role && !usual.role.has(role)) reasons.push('role');
    if (c.met.context && !usual.context.has(c.met.context)) reasons.push('context');
    if (reasons.length) candidates.push({ contact: c, reasons });
  }
  candidates.sort((a, b) => b.reasons.length - a.reasons.length || lastTouchAt(a.contact) - lastTouchAt(b.contact));
  // Five people from one other company would be a new circle, not a wider one.
  const picked: Suggestion[] = [];
  const companies = new Set<string>();
  for (const s of candidates) {
    const company = s.contact.company.trim().toLowerCase();
    if (company && companies.has(company)) continue;
    if (company) companies.add(company);
    picked.push(s);
    if (picked.length >= limit) break;
  }
  return picked;
}
