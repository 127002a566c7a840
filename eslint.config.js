// Lint rules, and the layer table of docs/ARCHITECTURE.md enforced as import boundaries: a folder may import only
// the layers its row names. Change the table and this list together.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import boundaries from 'eslint-plugin-boundaries';
import globals from 'globals';

const LAYERS = [
  ['model', 'utils/model', []],
  ['capture', 'utils/capture', ['model']],
  ['cadence', 'utils/cadence', ['model']],
  ['search', 'utils/search', ['model', 'cadence', 'db']],
  ['insights', 'utils/insights', ['model', 'cadence']],
  ['db', 'utils/db', ['model', 'cadence', 'search']],
  ['io', 'utils/io', ['model', 'cadence', 'db']],
  ['sync', 'utils/sync', ['model', 'db', 'io', 'platform', 'settings']],
  ['messaging', 'utils/messaging', ['model']],
  ['i18n', 'utils/i18n', ['model', 'cadence']],
  ['settings', 'utils/settings', ['model']],
  ['platform', 'utils/platform', ['model']],
  [
    'components',
    'components',
    [
      'model',
      'capture',
      'cadence',
      'search',
      'insights',
      'db',
      'io',
      'sync',
      'messaging',
      'i18n',
      'settings',
      'platform',
    ],
  ],
  ['entrypoints', 'entrypoints', ['*']],
];
const ALL = LAYERS.map(([type]) => type);

export default tseslint.config(
  {
    ignores: [
      '.output/**',
      '.wxt/**',
      'node_modules/**',
      'bench/results.json',
      'docs/**',
      'test-results/**',
      'playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      // TypeScript checks names itself, including the page and worker globals of code run through evaluate().
      'no-undef': 'off',
      // The sanitizers exist to find control characters; a regex naming them is the point.
      'no-control-regex': 'off',
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Playwright fixtures call their continuation `use`, which is not React's.
    files: ['tests/e2e/**/*.ts', 'tests/firefox/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    files: ['utils/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'entrypoints/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.js', '.mjs'] } },
      'boundaries/elements': LAYERS.map(([type, pattern]) => ({ type, pattern })),
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          policies: LAYERS.map(([type, , allowed]) => ({
            from: { element: { type } },
            allow: { to: { element: { types: { anyOf: allowed.includes('*') ? ALL : [type, ...allowed] } } } },
          })),
        },
      ],
    },
  },
  { files: ['**/*.{js,mjs}'], rules: { 'no-control-regex': 'off' } },
  {
    files: ['**/*.{js,mjs}'],
    // Node scripts that also hand functions to pages and the extension's worker (evaluate).
    languageOptions: { globals: { ...globals.node, ...globals.browser, chrome: 'readonly' } },
  },
);
