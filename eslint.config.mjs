import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron; the backend must run without it.' };
const pureOnly = [
  noElectron,
  { name: 'better-sqlite3', message: 'models/ and shared/ are pure: no I/O.' },
  { name: 'react', message: 'models/ and shared/ are pure: no UI.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-output/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }] },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [noElectron, { name: 'better-sqlite3', message: 'The UI talks to the store only through the contract.' }] }],
    },
  },
  {
    files: ['models/**/*.ts', 'shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: pureOnly, patterns: [{ group: ['node:*'], message: 'models/ and shared/ are pure: no I/O.' }] }] },
  },
  {
    files: ['electron/backend/**/*.ts', 'electron/browser/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
);
