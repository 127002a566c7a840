import { z } from './zod';

export const LANGUAGES = ['auto', 'en', 'ja'] as const;
export const THEMES = ['auto', 'light', 'dark'] as const;

export const SettingsSchema = z.object({
  /** Cadence given to new people; null = new people are not tracked until the user picks one. */
  defaultCadenceDays: z.number().int().positive().nullable(),
  /** Per-tag cadences: a person with one of these tags gets the shortest matching cadence. */
  tagCadences: z.record(z.string(), z.number().int().positive()),
  /** A person is "soon" when due within this many days. */
  soonDays: z.number().int().min(0).max(60),
  digest: z.object({
    enabled: z.boolean(),
    /** 0 = Sunday … 6 = Saturday, local time. */
    weekday: z.number().int().min(0).max(6),
    hour: z.number().int().min(0).max(23),
  }),
  badgeEnabled: z.boolean(),
  language: z.enum(LANGUAGES),
  theme: z.enum(THEMES),
  /** Photos are loaded from the address they were captured with; off = no request at all. */
  loadPhotos: z.boolean(),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const DEFAULT_SETTINGS: Settings = {
  defaultCadenceDays: 90,
  tagCadences: {},
  soonDays: 7,
  digest: { enabled: true, weekday: 1, hour: 9 },
  badgeEnabled: true,
  language: 'auto',
  theme: 'auto',
  loadPhotos: true,
};
