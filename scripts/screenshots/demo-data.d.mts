// Types for demo-data.mjs, for the TypeScript callers (the Firefox screenshots).
export function demoRows(lang: 'en' | 'ja', now?: number): Record<string, object[]>;
