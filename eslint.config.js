import tseslint from 'typescript-eslint';

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
      'no-restricted-properties': ['error', { property: 'innerHTML', message: 'Render with Lit templates: data is text, never markup.' }],
    },
  },
  {
    files: ['scripts/**', 'bench/**', '*.config.*', '.ci/**'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
