import { defineConfig } from 'vitest/config';
import { resolve } from 'node:path';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  // As in the build (wxt.config.ts): microformats-parser reads the DOM through our parse5 stand-in. Its ES module
  // (the build's choice; Node would take the CommonJS one) is run by Vite (inline), so the alias reaches it, while
  // jsdom keeps the real parse5.
  resolve: {
    alias: [
      { find: /^parse5$/, replacement: resolve('utils/capture/mf2/parse5-dom.ts') },
      { find: /^microformats-parser$/, replacement: resolve('node_modules/microformats-parser/dist/index.mjs') },
    ],
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    setupFiles: ['fake-indexeddb/auto', 'tests/unit/setup.ts'],
    environment: 'jsdom',
    server: { deps: { inline: ['microformats-parser'] } },
  },
});
