import { stripInvisible } from './keys';
import type { IncomingPerson } from './incoming';

/**
 * Who a person is — the one rule every write path uses (docs/ARCHITECTURE.md, "The write path"):
 * - a canonical profile key finds the person who holds it;
 * - else an email or a phone number that belongs to exactly one person finds that person. Role addresses
 *   (info@, office@, …) and any address or number held by several people are not identity;
 * - a name alone never merges. A record that adds nothing to a namesake (the same row seen again) is that
 *   namesake; any other namesake, or a person sharing an address, is only a possible duplicate for review.
 */

/** Local parts that name a role or a mailbox, not a person. */
const ROLE_LOCAL_PARTS = new Set([
  'info',
  'office',
  'contact',
  'contacts',
  'sales',
  'hello',
  'hi',
  'admin',
  'administrator',
  'support',
  'help',
  'team',
  'mail',
  'email',
  'enquiries',
  'enquiry',
  'inquiries',
  'inquiry',
  'noreply',
  'no-reply',
  'donotreply',
  'do-not-reply',
  'jobs',
  'careers',
  'recruiting',
  'hr',
  'marketing',
  'press',
  'media',
  'pr',
  'billing',
  'accounts',
  'accounting',
  'finance',
  'webmaster',
  'postmaster',
  'hostmaster',
  'abuse',
  'security',
  'privacy',
  'legal',
  'reception',
  'general',
  'service',
  'services',
  'customerservice',
  'feedback',
  'orders',
  'shop',
  'store',
  'booking',
  'bookings',
  'reservations',
  'events',
  'newsletter',
  'news',
  'all',
  'staff',
  'everyone',
  'hq',
  'headoffice',
  'front',
  'frontdesk',
  'desk',
  'biz',
  'business',
  'partners',
  'partnerships',
  'ir',
  'it',
]);

export function isRoleEmail(email: string): boolean {
  const at = email.lastIndexOf('@');
  if (at <= 0) return true;
  const local = email.slice(0, at).toLowerCase().split('+')[0]!.replace(/[._]/g, '');
  return ROLE_LOCAL_PARTS.has(local) || ROLE_LOCAL_PARTS.has(email.slice(0, at).toLowerCase().split('+')[0]!);
}

/** An email as identity: lower-cased, no invisible characters; '' when it is a role address. */
export function emailIdentity(email: string): string {
  const clean = stripInvisible(email).trim().toLowerCase();
  return clean && !isRoleEmail(clean) ? clean : '';
}

/** A phone number as identity: its digits (a leading + kept); '' when too short to tell people apart. */
export function phoneIdentity(phone: string): string {
  const digits = stripInvisible(phone).replace(/\D/g, '');
  if (digits.length < 7) return '';
  return phone.trim().startsWith('+') ? `+${digits}` : digits;
}

/** Text as identity compares it: NFC, no invisible characters, case and spacing folded. */
function fold(value: string): string {
  return stripInvisible(value.normalize('NFC')).replace(/\s+/g, ' ').trim().toLocaleLowerCase();
}

/** A name for comparing namesakes. */
export function nameIdentity(name: string): string {
  return fold(name);
}

/** The values identity and "adds nothing" look at; a Contact, an import record and an incoming person all fit. */
export type PersonValues = Pick<
  IncomingPerson,
  | 'id'
  | 'name'
  | 'headline'
  | 'company'
  | 'title'
  | 'location'
  | 'about'
  | 'emails'
  | 'phones'
  | 'websites'
  | 'tags'
  | 'profileKeys'
>;

/** True when every value `incoming` carries is already in `stored`: writing it would add nothing. */
export function addsNothing(stored: PersonValues, incoming: PersonValues): boolean {
  for (const key of ['name', 'headline', 'company', 'title', 'location', 'about'] as const) {
    const value = incoming[key];
    if (value && fold(value) !== fold(stored[key] ?? '')) return false;
  }
  for (const key of ['emails', 'websites', 'tags', 'profileKeys'] as const) {
    const have = new Set((stored[key] ?? []).map(fold));
    if ((incoming[key] ?? []).some((v) => !have.has(fold(v)))) return false;
  }
  const phones = new Set((stored.phones ?? []).map((p) => phoneIdentity(p) || fold(p)));
  return (incoming.phones ?? []).every((p) => phones.has(phoneIdentity(p) || fold(p)));
}

export type DuplicateReason = 'same-name' | 'shared-email' | 'shared-phone';

export type IdentityVerdict<T> =
  | { kind: 'same'; person: T; by: 'profile-key' | 'email' | 'phone' | 'same-record' }
  | { kind: 'new'; possibleDuplicateOf: T | null; reason: DuplicateReason | null };

/** Addresses and numbers that a source itself shows as shared (a file listing one office line for two people). */
export interface SharedIdentities {
  emails: ReadonlySet<string>;
  phones: ReadonlySet<string>;
}

function push<T>(map: Map<string, T[]>, key: string, item: T): void {
  if (!key) return;
  const list = map.get(key);
  if (!list) map.set(key, [item]);
  else if (!list.includes(item)) list.push(item);
}

function pull<T>(map: Map<string, T[]>, key: string, item: T): void {
  const list = map.get(key);
  if (!list) return;
  const rest = list.filter((x) => x !== item);
  if (rest.length) map.set(key, rest);
  else map.delete(key);
}

/**
 * People indexed by everything identity looks at, so one decision is a few map reads (an import chunk of
 * thousands of rows stays linear). Maps, never plain objects: keys are user strings.
 */
export class IdentityIndex<T extends PersonValues> {
  private byKey = new Map<string, T[]>();
  private byEmail = new Map<string, T[]>();
  private byPhone = new Map<string, T[]>();
  private byName = new Map<string, T[]>();

  constructor(
    items: Iterable<T> = [],
    private readonly shared: SharedIdentities = { emails: new Set(), phones: new Set() },
  ) {
    for (const item of items) this.add(item);
  }

  add(item: T): void {
    for (const key of item.profileKeys ?? []) push(this.byKey, key, item);
    for (const email of item.emails ?? []) push(this.byEmail, emailIdentity(email), item);
    for (const phone of item.phones ?? []) push(this.byPhone, phoneIdentity(phone), item);
    push(this.byName, nameIdentity(item.name ?? ''), item);
  }

  remove(item: T): void {
    for (const key of item.profileKeys ?? []) pull(this.byKey, key, item);
    for (const email of item.emails ?? []) pull(this.byEmail, emailIdentity(email), item);
    for (const phone of item.phones ?? []) pull(this.byPhone, phoneIdentity(phone), item);
    pull(this.byName, nameIdentity(item.name ?? ''), item);
  }

  /** After a write changed a person (new keys, emails): index the new version in place of the old. */
  replace(previous: T, next: T): void {
    this.remove(previous);
    this.add(next);
  }

  /** The person holding a profile key, if anyone: a key is one person's (the write path keeps it so). */
  holderOfKey(key: string): T | undefined {
    return this.byKey.get(key)?.[0];
  }

  decide(incoming: PersonValues): IdentityVerdict<T> {
    for (const key of incoming.profileKeys ?? []) {
      const hit = this.byKey.get(key)?.[0];
      if (hit) return { kind: 'same', person: hit, by: 'profile-key' };
    }
    let sharedHit: { person: T; reason: DuplicateReason } | null = null;
    for (const email of incoming.emails ?? []) {
      const id = emailIdentity(email);
      const holders = id ? (this.byEmail.get(id) ?? []) : [];
      if (holders.length === 1 && !this.shared.emails.has(id))
        return { kind: 'same', person: holders[0]!, by: 'email' };
      if (holders[0]) sharedHit ??= { person: holders[0], reason: 'shared-email' };
    }
    for (const phone of incoming.phones ?? []) {
      const id = phoneIdentity(phone);
      const holders = id ? (this.byPhone.get(id) ?? []) : [];
      if (holders.length === 1 && !this.shared.phones.has(id))
        return { kind: 'same', person: holders[0]!, by: 'phone' };
      if (holders[0]) sharedHit ??= { person: holders[0], reason: 'shared-phone' };
    }
    const namesakes = this.byName.get(nameIdentity(incoming.name ?? '')) ?? [];
    const again = namesakes.find((person) => addsNothing(person, incoming));
    if (again) return { kind: 'same', person: again, by: 'same-record' };
    if (namesakes[0]) return { kind: 'new', possibleDuplicateOf: namesakes[0], reason: 'same-name' };
    if (sharedHit) return { kind: 'new', possibleDuplicateOf: sharedHit.person, reason: sharedHit.reason };
    return { kind: 'new', possibleDuplicateOf: null, reason: null };
  }
}

/**
 * Emails and numbers that one batch (a file) gives to people of different names: shared, so not identity
 * for anyone in that batch — two cards with the same office number stay two people.
 */
export function sharedWithinBatch(records: Iterable<PersonValues>): SharedIdentities {
  const emailNames = new Map<string, Set<string>>();
  const phoneNames = new Map<string, Set<string>>();
  const note = (map: Map<string, Set<string>>, key: string, name: string) => {
    if (!key) return;
    const names = map.get(key) ?? new Set<string>();
    names.add(name);
    map.set(key, names);
  };
  for (const record of records) {
    const name = nameIdentity(record.name ?? '');
    for (const email of record.emails ?? []) note(emailNames, emailIdentity(email), name);
    for (const phone of record.phones ?? []) note(phoneNames, phoneIdentity(phone), name);
  }
  const many = (map: Map<string, Set<string>>) =>
    new Set([...map].filter(([, names]) => names.size > 1).map(([key]) => key));
  return { emails: many(emailNames), phones: many(phoneNames) };
}
