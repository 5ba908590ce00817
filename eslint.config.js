// One lint config for the whole repository. Besides style, it enforces the architecture:
// src/ is the engine and may not reach for React, the DOM, the network, timers or Node.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { noImportCycle } from './scripts/lint/no-import-cycle.mjs';

const ENGINE = 'src/ is the engine: it runs in the page, a Web Worker and Node';

// Tests and their helpers run in Node only (they read the corpus from disk).
const ENGINE_TESTS = ['src/**/*.test.ts', 'src/testing/**'];

const uiImports = [
  {
    regex: '^(react|react-dom)(/|$)',
    message: `${ENGINE}. React belongs in app/.`,
  },
  {
    regex: '^@xyflow/',
    message: `${ENGINE}. The graph canvas belongs in app/.`,
  },
  {
    regex: '^(\\.\\./)+app(/|$)',
    message: `${ENGINE}. app/ imports src/, never the reverse.`,
  },
];
// Exact names only: a local module may well be called `./path` or `./events`.
const nodeImport = {
  regex: `^(node:.*|${builtinModules.filter((m) => !m.startsWith('_')).join('|')})$`,
  message: `${ENGINE}. Node modules are for src/cli/ only.`,
};

const DOM_GLOBALS = [
  'window',
  'self',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'caches',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
  'Worker',
  'postMessage',
  'alert',
  'requestAnimationFrame',
  'requestIdleCallback',
];
const TIMER_GLOBALS = ['setTimeout', 'setInterval', 'clearTimeout', 'clearInterval'];
const NODE_GLOBALS = [
  'process',
  'Buffer',
  'require',
  'module',
  '__dirname',
  '__filename',
  'global',
  'setImmediate',
];
/** @param {string[]} names @param {string} why */
const restrict = (names, why) => names.map((name) => ({ name, message: `${ENGINE}. ${why}` }));

const domGlobals = restrict(DOM_GLOBALS, 'No DOM, storage or network.');
const timerGlobals = restrict(TIMER_GLOBALS, 'Pure functions, no timers.');
const nodeGlobals = restrict(NODE_GLOBALS, 'Node globals are for src/cli/ only.');

export default defineConfig(
  {
    ignores: [
      'dist/',
      'dist-*/',
      '.bench/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'coverage/',
      // Files that break the rules on purpose, linted by the test that shows the rule rejects them.
      'scripts/lint/fixtures/',
      'src/k8s/schema.generated.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { podscope: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: {
      'podscope/no-import-cycle': ['error', { root: import.meta.dirname }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrors: 'none',
        },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
    },
  },
  // Plain JavaScript (scripts, this file) is type-checked by tsc through JSDoc; type-aware lint
  // rules would only repeat that, noisily, for JSON.parse results.
  {
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['scripts/**', 'e2e/**', '*.config.{js,ts}', 'src/cli/**', ...ENGINE_TESTS],
    languageOptions: { globals: globals.node },
  },
  // The engine.
  {
    files: ['src/**/*.ts'],
    ignores: ['src/cli/**', ...ENGINE_TESTS],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...uiImports, nodeImport] }],
      'no-restricted-globals': ['error', ...domGlobals, ...timerGlobals, ...nodeGlobals],
      'no-console': 'error',
    },
  },
  // Tests run in Node and may read fixture files from disk; still no UI and no DOM.
  {
    files: ENGINE_TESTS,
    ignores: ['src/cli/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: uiImports }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  // The CLI is the engine's Node front end: Node yes, UI and DOM no.
  {
    files: ['src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: uiImports }],
      'no-restricted-globals': ['error', ...domGlobals],
    },
  },
  // The page.
  {
    files: ['app/**/*.{ts,tsx}'],
    extends: [reactHooks.configs.flat.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['app/**/*.tsx'],
    extends: [jsxA11y.flatConfigs.recommended],
  },
);
