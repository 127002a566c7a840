import { createRequire } from 'node:module';
import { defineWxtModule } from 'wxt/modules';

/**
 * The always-on LinkedIn content script must stay within 8 KB gzipped (DESIGN.md, "Budgets"), and
 * webextension-polyfill alone is about 3 KB of it. That script only calls promise-returning APIs that Chrome's
 * MV3 `chrome` and Firefox's `browser` both offer natively (runtime.sendMessage, storage.local.get), so its
 * build resolves `wxt/browser` to WXT's own thin `browser` (`@wxt-dev/browser`) instead of the polyfill that
 * `@wxt-dev/webextension-polyfill` puts everywhere else.
 */
const NATIVE_BROWSER = createRequire(import.meta.url).resolve('@wxt-dev/browser');

export default defineWxtModule({
  name: 'linkedin-native-browser',
  setup(wxt) {
    wxt.hook('vite:build:extendConfig', (entrypoints, config) => {
      if (!entrypoints.some((entry) => entry.type === 'content-script' && entry.name === 'linkedin')) return;
      const alias = config.resolve?.alias;
      const list = Array.isArray(alias)
        ? [...alias]
        : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement: String(replacement) }));
      list.unshift({ find: /^wxt\/browser$/, replacement: NATIVE_BROWSER });
      config.resolve = { ...config.resolve, alias: list };
    });
  },
});
