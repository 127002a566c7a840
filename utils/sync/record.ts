import type { Met, ProfileLink } from '../model/contact';
import type { Note } from '../model/note';
import type { Interaction } from '../model/interaction';

/** What a phone's Contacts app shows: the standard vCard properties. */
export interface CardPart {
  name: string;
  company: string;
  title: string;
  location: string;
  avatarUrl: string;
  emails: string[];
  phones: string[];
  websites: string[];
  tags: string[];
}

/** Everything else Tsunagari keeps about the person: the `X-TSUNAGARI-…` part, optionally encrypted. */
export interface PrivatePart {
  headline: string;
  about: string;
  topics: string[];
  profiles: ProfileLink[];
  profileKeys: string[];
  met: Met;
  cadenceDays: number | null;
  snoozedUntil: number | null;
  archivedAt: number | null;
  lastInteractionAt: number | null;
  createdAt: number;
  fieldSeenAt: Record<string, number>;
  /** The card as Tsunagari last wrote it: a card field that differs from this was edited elsewhere (a phone). */
  writtenCard: CardPart;
  notes: Note[];
  interactions: Interaction[];
}

/** One person as sync sees them: the card, and Tsunagari's part when it is there (a phone may have dropped it). */
export interface SyncRecord {
  id: string;
  card: CardPart;
  private: PrivatePart | null;
}

export const CARD_FIELDS = ['name', 'company', 'title', 'location', 'avatarUrl', 'emails', 'phones', 'websites', 'tags'] as const;
export type CardField = (typeof CARD_FIELDS)[number];
export const PRIVATE_FIELDS = [
  'headline',
  'about',
  'topics',
  'profiles',
  'profileKeys',
  'met',
  'cadenceDays',
  'snoozedUntil',
  'archivedAt',
  'lastInteractionAt',
] as const;
export type PrivateField = (typeof PRIVATE_FIELDS)[number];

/** Stable text of a value, for "did it change" checks. */
export function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
