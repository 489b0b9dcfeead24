import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': 'error',
    },
  },
  {
    files: ['renderer/**/*.tsx'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
    languageOptions: { globals: globals.browser },
  },
  {
    // The import rules in .dependency-cruiser.cjs keep Dexie in renderer/data/; this catches the handle from
    // useDatabase() being queried directly, which needs no import.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/data/**', '**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: 'MemberExpression[object.name=/^(database|db)$/]',
          message: 'Storage calls belong in renderer/data/: pass the database to a data function or hook there.',
        },
        {
          selector: "MemberExpression[object.callee.name='useDatabase']",
          message: 'Storage calls belong in renderer/data/: pass the database to a data function or hook there.',
        },
      ],
    },
  },
  {
    files: ['build/**/*.{js,mjs}', '*.js', '.dependency-cruiser.cjs'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
  {
    files: ['.dependency-cruiser.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
    languageOptions: { sourceType: 'commonjs' },
  },
);
