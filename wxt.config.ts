import { defineConfig } from 'wxt';

// Helpers and CI may build side by side; each can point the build at its own folder.
const outDir = process.env.TSUNAGARI_OUT_DIR ?? '.output';

export default defineConfig({
  outDir,
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  // Explicit imports keep the dependency graph visible in the code (DESIGN.md, "Layers").
  imports: false,
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'unlimitedStorage',
      'alarms',
      'activeTab',
      'scripting',
      'notifications',
      'contextMenus',
    ],
    host_permissions: ['https://*.linkedin.com/*'],
    action: { default_title: '__MSG_extName__' },
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
              id: 'tsunagari@tsunagari.invalid',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
