import { z } from './zod';

export const PROFILE_KINDS = ['linkedin', 'github', 'x', 'mastodon', 'web'] as const;
export type ProfileKind = (typeof PROFILE_KINDS)[number];

export const MET_CONTEXTS = [
  'lunch',
  'coffee',
  'event',
  'meeting',
  'sports',
  'volunteer',
  'online',
  'coworking',
  'introduction',
  'other',
] as const;
export type MetContext = (typeof MET_CONTEXTS)[number];

export const ProfileLinkSchema = z.object({
  kind: z.enum(PROFILE_KINDS),
  url: z.string().max(2048),
});
export type ProfileLink = z.infer<typeof ProfileLinkSchema>;

export const MetSchema = z.object({
  context: z.enum(MET_CONTEXTS).nullable(),
  place: z.string(),
  date: z.number().nullable(),
  introducedBy: z.string(),
});
export type Met = z.infer<typeof MetSchema>;

export const JobChangeSchema = z.object({
  from: z.string(),
  to: z.string(),
  seenAt: z.number(),
});
export type JobChange = z.infer<typeof JobChangeSchema>;

/** Fields a capture or the user can fill in; `fieldSeenAt` keys are these names. */
export const CONTACT_TEXT_FIELDS = ['name', 'headline', 'company', 'title', 'location', 'avatarUrl', 'about'] as const;
export type ContactTextField = (typeof CONTACT_TEXT_FIELDS)[number];

export const ContactSchema = z.object({
  id: z.string(),
  name: z.string(),
  headline: z.string(),
  company: z.string(),
  title: z.string(),
  location: z.string(),
  avatarUrl: z.string(),
  about: z.string(),
  profiles: z.array(ProfileLinkSchema),
  profileKeys: z.array(z.string()),
  emails: z.array(z.string()),
  phones: z.array(z.string()),
  websites: z.array(z.string()),
  tags: z.array(z.string()),
  met: MetSchema,
  topics: z.array(z.string()),
  cadenceDays: z.number().int().positive().nullable(),
  lastInteractionAt: z.number().nullable(),
  snoozedUntil: z.number().nullable(),
  /** Derived by utils/cadence from the fields above; null when the person is never due. */
  dueAt: z.number().nullable(),
  jobChange: JobChangeSchema.nullable(),
  fieldSeenAt: z.record(z.string(), z.number()),
  createdAt: z.number(),
  updatedAt: z.number(),
  archivedAt: z.number().nullable(),
});
export type Contact = z.infer<typeof ContactSchema>;

export function emptyMet(): Met {
  return { context: null, place: '', date: null, introducedBy: '' };
}
