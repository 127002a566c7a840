import type { Settings } from '../model/settings';
import { resolveCadence } from './due';

/**
 * The cadence a person saved from a page (capture, popup, shortcut, "Add person") starts with: the settings'
 * default, or a shorter per-tag one. One home, so every way of saving someone starts them the same way.
 */
export function cadenceForNewPerson(
  settings: Pick<Settings, 'defaultCadenceDays' | 'tagCadences'>,
  tags: readonly string[] = [],
): number | null {
  return resolveCadence(tags, settings.defaultCadenceDays, settings.tagCadences);
}
