import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../model/settings';

/**
 * Settings live in `storage.local` as a versioned item: a later version adds a migration here
 * instead of reading old shapes all over the code.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Reads settings, filling anything missing or malformed with defaults so a bad value never breaks the worker. */
export async function getSettings(): Promise<Settings> {
  const raw = await settingsItem.getValue();
  const merged = { ...DEFAULT_SETTINGS, ...raw, digest: { ...DEFAULT_SETTINGS.digest, ...raw?.digest } };
  const parsed = SettingsSchema.safeParse(merged);
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export async function updateSettings(patch: Partial<Settings>): Promise<Settings> {
  const next = SettingsSchema.parse({ ...(await getSettings()), ...patch });
  await settingsItem.setValue(next);
  return next;
}
