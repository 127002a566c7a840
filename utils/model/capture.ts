import { z } from './zod';
import { PROFILE_KINDS } from './contact';

/** Where a captured person came from. One id per extractor module in utils/capture/sources. */
export const CAPTURE_SOURCES = [
  'linkedin',
  'github',
  'x',
  'mastodon',
  'schema-org',
  'h-card',
  'open-graph',
  'fallback',
  'import',
  'manual',
] as const;
export type CaptureSource = (typeof CAPTURE_SOURCES)[number];

/** What an extractor saw about a person. All optional: a page may show only some of it. */
export const CapturedFieldsSchema = z.object({
  name: z.string().max(1000).optional(),
  headline: z.string().max(2000).optional(),
  company: z.string().max(1000).optional(),
  title: z.string().max(1000).optional(),
  location: z.string().max(1000).optional(),
  avatarUrl: z.string().max(4096).optional(),
  about: z.string().max(20000).optional(),
  emails: z.array(z.string().max(1000)).max(50).optional(),
  phones: z.array(z.string().max(1000)).max(50).optional(),
  websites: z.array(z.string().max(4096)).max(50).optional(),
  birthday: z.string().max(100).optional(),
});
export type CapturedFields = z.infer<typeof CapturedFieldsSchema>;
export type CapturedFieldName = keyof CapturedFields;

/** What the capture engine hands to the background (or the popup) to save. */
export const CapturePayloadSchema = z.object({
  source: z.enum(CAPTURE_SOURCES),
  /** Canonical profile key (`linkedin:<slug>`, `github:<login>`, …); null when the page gave none. */
  profileKey: z.string().max(2100).nullable(),
  profile: z.object({ kind: z.enum(PROFILE_KINDS), url: z.string().max(4096) }).nullable(),
  fields: CapturedFieldsSchema,
});
export type CapturePayload = z.infer<typeof CapturePayloadSchema>;

/** The `captures` table: one row per save, for history and job-change detection. */
export const CaptureRecordSchema = z.object({
  id: z.string(),
  contactId: z.string(),
  at: z.number(),
  source: z.enum(CAPTURE_SOURCES),
  url: z.string(),
  fields: CapturedFieldsSchema,
});
export type CaptureRecord = z.infer<typeof CaptureRecordSchema>;
