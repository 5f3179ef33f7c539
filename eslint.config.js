// ESLint flat config: `npm run lint` checks src/ with typescript-eslint and eslint-plugin-regexp.
// The ReDoS guard: regexp/no-super-linear-backtracking and regexp/no-super-linear-move are errors,
// so no regular expression in the library can backtrack super-linearly on hostile text.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import regexp from 'eslint-plugin-regexp';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['dist/**', 'coverage/**', 'reports/**', '.stryker-tmp/**', 'docs/**', 'node_modules/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    files: ['**/*.ts', '**/*.mts', '**/*.cts'],
    languageOptions: { parserOptions: { ecmaVersion: 2022, sourceType: 'module' } },
  },
  {
    rules: {
      // ReDoS: errors, never to be turned off.
      'regexp/no-super-linear-backtracking': 'error',
      'regexp/no-super-linear-move': 'error',
      // Purely stylistic regexp rules: reported as warnings, not errors.
      'regexp/prefer-w': 'warn',
      'regexp/use-ignore-case': 'warn',
      'regexp/no-useless-character-class': 'warn',
      'regexp/negation': 'warn',
      'regexp/no-unused-capturing-group': 'warn',
      // Unused bindings named _x are deliberate.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
);
