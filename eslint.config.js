// ESLint (typescript-eslint and eslint-plugin-vue, recommended) over the code; Prettier formats it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'client/src/generated/**', 'test-results/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      // a `!` where a type could say it: warned, and removed where a type fixes it
      '@typescript-eslint/no-non-null-assertion': 'warn',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // resolver classes and type-graphql's type functions are `Function`s by design
      '@typescript-eslint/no-unsafe-function-type': 'off',
    },
  },
  {
    // the benchmark, the scale seeder and the cluster harness read free-form JSON and driver rows
    files: ['bench/**', 'seeds/scale-target.ts', 'test/cluster/**'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  prettier,
);
