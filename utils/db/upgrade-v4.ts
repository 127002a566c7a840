// Version 3 → 4 lives beside the index it builds (utils/db/search-rows.ts), so a rebuild and the upgrade are one code.
export { upgradeToV4 } from './search-rows';
