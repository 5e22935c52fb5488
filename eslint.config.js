import globals from 'globals';
import tseslint from 'typescript-eslint';

const NO_INNER_HTML = { property: 'innerHTML', message: 'Render with Lit templates: data is text, never markup.' };

/**
 * The pure modules: the core, geometry, the importer, the SVG serializer and each widget's scene and options (and
 * their registry, and embed.html's reading of them).
 * They run in Node too (the CLI, static rendering) and are unit-tested without a page, so they use no DOM and no
 * Lit: they compute, the elements render.
 */
const PURE = [
  'src/core/**',
  'src/geo/**',
  'src/scene/**',
  'src/static/**',
  'src/import/**',
  'src/*/*.scene.ts',
  'src/*/*.options.ts',
  // Where a widget's lazy chunk is (a LazyModule): src/geo/ names the map's, so the command line runs it.
  'src/*/*.code.ts',
  'src/widget-options.ts',
  // embed.html's reading of its query string, which the command line's tests run in Node (embed.ts is the page's).
  'src/embed/embed-params.ts',
];
/**
 * Browser globals that are not also Node's (globals' `browser` set less its `shared-node-browser` and ES
 * `builtin` sets: fetch, URL, AbortController, TextDecoder, timers… stay allowed), and the few that newer Node
 * versions added but a pure module must not lean on: the page's navigator and storage.
 */
const DOM_GLOBALS = [
  ...Object.keys(globals.browser).filter((name) => !(name in globals['shared-node-browser']) && !(name in globals.builtin)),
  ...['navigator', 'Navigator', 'localStorage', 'sessionStorage', 'Storage'],
];
const PURE_MESSAGE = 'Pure module (see docs/ARCHITECTURE.md): no DOM here; compute in a plain function and let the element render.';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'lib/', 'src/generated/', 'custom-elements.json', '.cache/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Function']", message: 'No new Function: netreach runs under a strict CSP.' },
        { selector: "CallExpression[callee.name='eval']", message: 'No eval: netreach runs under a strict CSP.' },
      ],
      'no-restricted-properties': ['error', NO_INNER_HTML],
    },
  },
  {
    files: PURE,
    rules: {
      'no-restricted-globals': ['error', ...DOM_GLOBALS.map((name) => ({ name, message: PURE_MESSAGE }))],
      // (`window.x` and `self.x` are caught above: window and self are DOM globals; globalThis is not.)
      'no-restricted-properties': [
        'error',
        NO_INNER_HTML,
        ...DOM_GLOBALS.map((property) => ({ object: 'globalThis', property, message: PURE_MESSAGE })),
      ],
      // DOM types too: a signature that takes an Element ties the module to a page as much as a call does.
      '@typescript-eslint/no-restricted-types': [
        'error',
        { types: Object.fromEntries(DOM_GLOBALS.filter((name) => /^[A-Z]/.test(name)).map((name) => [name, PURE_MESSAGE])) },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['lit', 'lit/*', '@lit/*', 'lit-html', 'lit-html/*', 'lit-element', 'lit-element/*'],
              message: `${PURE_MESSAGE} No Lit either.`,
            },
            { group: ['**/base/*'], message: `${PURE_MESSAGE} src/base/ is the elements' layer (Lit, the DOM).` },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**'],
    rules: {
      // @open-wc/testing's waitUntil gives up after one second, which a busy machine can take: a test that then fails
      // says nothing about the code. test/helpers/wait.ts waits for the condition, with a hang guard of a minute.
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@open-wc/testing',
              importNames: ['waitUntil', 'aTimeout'],
              message: 'Wait for a condition with test/helpers/wait.ts: no test races the clock.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**', 'bench/**', '*.config.*', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
