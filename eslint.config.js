import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';

export default tseslint.config(
  {ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', 'custom-elements.json', 'data/**', 'bench/results.json', 'bench/.tmp/**', '.prof/**']},
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts'],
    plugins: {lit, wc},
    rules: {
      ...lit.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      // Every string from a feed or a visitor is rendered as text.
      'no-restricted-imports': ['error', {paths: [{name: 'lit/directives/unsafe-html.js', message: 'Render feed and visitor text as text.'}]}],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
      '@typescript-eslint/no-explicit-any': 'error',
    },
  },
);
