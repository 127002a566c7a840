import type { Met, ProfileLink } from './contact';
import type { Note } from './note';
import type { Interaction } from './interaction';

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
