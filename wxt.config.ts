import { defineConfig } from 'wxt';
import { resolve } from 'node:path';

// Helpers and CI may build side by side; each can point the build at its own folder.
const outDir = process.env.TSUNAGARI_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports keep the dependency graph visible in the code (DESIGN.md, "Layers").
  imports: false,
  // `npm run zip`: Chrome and Firefox packages plus the sources archive Mozilla's reviewers rebuild from
  // (`npm ci && npm run build:firefox`). Dot folders (.git, .wxt, .output*) are left out by WXT already;
  // these are test and tool output, and pictures the build does not use.
  zip: {
    excludeSources: [
      'tests/**',
      'docs/screenshots/**',
      'test-results/**',
      'playwright-report/**',
      'bench/out/**',
      'stats.html',
      '**/*.log',
      '**/*.zip',
    ],
  },
  // `npm run bench` only: a bench page in the extension's own origin. It never ships in a normal build.
  // microformats-parser reads a parse5 tree: the injected capture builds it from the page's own DOM instead of
  // bundling an HTML parser larger than the capture's whole budget (utils/capture/mf2/parse5-dom.ts).
  vite: () => ({ resolve: { alias: [{ find: /^parse5$/, replacement: resolve('utils/capture/mf2/parse5-dom.ts') }] } }),
  hooks:
    process.env.TSUNAGARI_BENCH === '1'
      ? {
          'entrypoints:found': (_wxt, infos) => {
            infos.push({ name: 'bench', inputPath: resolve('bench/page/index.html'), type: 'unlisted-page' });
          },
        }
      : {},
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: ['storage', 'unlimitedStorage', 'alarms', 'activeTab', 'scripting', 'notifications', 'contextMenus'],
    host_permissions: ['https://*.linkedin.com/*'],
    // Sync (issue 18): the user's own CardDAV server, asked for at the click, for that one origin only.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    icons: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 96: 'icon/96.png', 128: 'icon/128.png' },
    action: {
      default_title: '__MSG_extName__',
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    options_ui: { page: 'dashboard.html', open_in_tab: true },
    commands: {
      'save-person': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandSavePerson__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // The permanent id AMO knows the add-on by (a GUID: it claims no domain). Never change it once
              // published: Firefox would see a different add-on, and users would lose their data on update.
              id: '{d7860a2a-5623-4983-82aa-3d0a57cd3a98}',
              // The newest thing the add-on relies on is data_collection_permissions (Firefox 140, 142 on
              // Android); the rest is older: MV3 `action` 109, `scripting` 102, CSS light-dark() 120,
              // Intl.ListFormat 78. 140 is also an ESR, the Firefox that privacy-minded users often run.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
