import { browser } from 'wxt/browser';
import { captureButton } from '../../utils/i18n/messages/capture';

/**
 * The button's words. Only this surface's bundle is imported (not utils/i18n/index.ts with every surface's
 * strings): the script runs on every LinkedIn page and must stay small.
 */
export type CaptureKey = keyof (typeof captureButton)['en'];
export type Say = (key: CaptureKey, params?: Record<string, string>) => string;

export async function loadSay(): Promise<Say> {
  let setting: unknown = 'auto';
  try {
    const stored = await browser.storage.local.get('settings');
    setting = (stored.settings as { language?: unknown } | undefined)?.language ?? 'auto';
  } catch {
    // Storage can be unavailable while the extension updates; the browser's language is a fine default.
  }
  const lang =
    setting === 'en' || setting === 'ja' ? setting : navigator.language.toLowerCase().startsWith('ja') ? 'ja' : 'en';
  const table: Record<CaptureKey, string> = captureButton[lang];
  return (key, params) => table[key].replace(/\{(\w+)\}/g, (whole, name: string) => params?.[name] ?? whole);
}
