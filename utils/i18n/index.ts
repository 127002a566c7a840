import { common } from './messages/common';
import { dashboard } from './messages/dashboard';
import { cadence } from './messages/cadence';
import { popup } from './messages/popup';
import { permissions } from './messages/permissions';
import { io } from './messages/io';
import { capture, captureButton } from './messages/capture';
import { writes } from './messages/writes';
import { firstWeek } from './messages/first-week';
import { sync } from './messages/sync';
import { selectPlurals } from './plural';

/**
 * One dictionary per surface, each in its own file under messages/, merged here.
 * A surface adds its bundle to BUNDLES; key collisions are caught by the unit test.
 */
export const BUNDLES = [
  common,
  popup,
  cadence,
  dashboard,
  permissions,
  io,
  capture,
  captureButton,
  writes,
  firstWeek,
  sync,
] as const;

type Bundle = (typeof BUNDLES)[number];
type KeysOf<B> = B extends { en: infer E } ? keyof E : never;
export type MessageKey = KeysOf<Bundle> & string;
export type Lang = 'en' | 'ja';

const TABLES: Record<Lang, Record<string, string>> = {
  en: Object.assign({}, ...BUNDLES.map((b) => b.en)),
  ja: Object.assign({}, ...BUNDLES.map((b) => b.ja)),
};

/** 'auto' follows the browser: Japanese for any `ja*` locale, English otherwise. */
export function resolveLang(setting: 'auto' | Lang, browserLanguage: string | undefined): Lang {
  if (setting !== 'auto') return setting;
  return browserLanguage?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/**
 * The in-page button's words for the user's language setting. The worker answers the content script with these,
 * so the always-on script carries neither table (docs/ARCHITECTURE.md, "Capture pipeline": its 8 KB budget).
 */
export function buttonWords(setting: 'auto' | Lang, browserLanguage: string | undefined): Record<string, string> {
  return { ...captureButton[resolveLang(setting, browserLanguage)] };
}

/** Fills `{name}` placeholders; `{n, plural, one {…} other {…}}` blocks pick their form for `lang` first. */
export function format(template: string, params?: Record<string, string | number>, lang: Lang = 'en'): string {
  if (!params) return template;
  return selectPlurals(template, params, lang).replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}

export function translate(lang: Lang, key: MessageKey, params?: Record<string, string | number>): string {
  const own = TABLES[lang][key];
  return format(own ?? TABLES.en[key] ?? key, params, own === undefined ? 'en' : lang);
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => translate(lang, key, params);
}
