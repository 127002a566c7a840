// Types for demo-data.mjs, for the TypeScript callers (the Firefox screenshots).
export function demoRows(lang: 'en' | 'ja', now?: number): Record<string, object[]>;
export function settingsFor(lang: 'en' | 'ja', theme: 'light' | 'dark'): object;
