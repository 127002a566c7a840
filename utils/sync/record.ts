export type { CardPart, PrivatePart, SyncRecord } from '../model/sync-record';

export const CARD_FIELDS = [
  'name',
  'company',
  'title',
  'location',
  'avatarUrl',
  'emails',
  'phones',
  'websites',
  'tags',
] as const;
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
