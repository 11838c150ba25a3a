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
const noNode = { group: ['node:*'], message: 'models/ and shared/ are pure: no I/O.' };
const noShells = { regex: '(^|/)(electron|renderer)/', message: 'models/ and shared/ sit below the shells: no imports from electron/ or renderer/.' };

/** Layers (ENGINEERING.md §1). The shared/ modules that are domain vocabulary: the only ones models/ may import. */
const DOMAIN_VOCABULARY = ['domain', 'assumptions', 'locations', 'ranges', 'formulaText', 'apportionMethods', 'metrics', 'observations'];
const modelsImportVocabularyOnly = {
  regex: `(^|/)shared/(?!(${DOMAIN_VOCABULARY.join('|')})$)[^/]+$`,
  message: `models/ imports only domain vocabulary from shared/ (${DOMAIN_VOCABULARY.join(', ')}), never the contract, transport or UI helpers.`,
};
const sharedImportsOnlyTypesFromModels = {
  regex: '(^|/)models/',
  allowTypeImports: true,
  message: 'shared/ imports only types from models/ (`import type`); a value belongs in shared/ itself.',
};
const rendererNeverImportsElectron = [
  { regex: '(^|/)electron/(?!preload/api$)', message: 'The renderer never imports electron/: it talks to the backend through the contract (api/client.ts).' },
  { regex: '(^|/)electron/preload/api$', allowTypeImports: true, message: 'The renderer takes only the type of window.api from the preload (`import type { Api }`).' },
];

/**
 * A dynamic `import('…')` is not an import declaration, so no-restricted-imports misses it: the same layer rules as
 * syntax restrictions on ImportExpression (a dynamic import always loads a value, so no type-only exception).
 */
const dynamicImport = (regex, message) => ({ selector: `ImportExpression[source.value=/${regex}/]`, message });
const computedImport = {
  selector: "ImportExpression:not([source.type='Literal'])",
  message: 'An import() with a computed path cannot be checked against the layer rules: import a fixed path.',
};
const dynamicPure = dynamicImport('^(electron|better-sqlite3|react)(\\/|$)|^node:', 'models/ and shared/ are pure: no I/O, no UI, no electron (also not through import()).');
const dynamicShells = dynamicImport('(^|\\/)(electron|renderer)\\/', noShells.message);
const dynamicModelsImportVocabularyOnly = dynamicImport(`(^|\\/)shared\\/(?!(${DOMAIN_VOCABULARY.join('|')})$)[^\\/]+$`, modelsImportVocabularyOnly.message);
const dynamicSharedNoModels = dynamicImport('(^|\\/)models\\/', 'shared/ imports only types from models/; import() loads the module itself.');
const dynamicRendererNoElectron = [
  dynamicImport('(^|\\/)electron\\/', 'The renderer never imports electron/ (also not through import()): it talks to the backend through the contract (api/client.ts).'),
  dynamicImport('^(electron|better-sqlite3)(\\/|$)', 'The UI talks to the store only through the contract (also not through import()).'),
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
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: rendererNeverImportsElectron }],
      'no-restricted-syntax': ['error', ...dynamicRendererNoElectron, computedImport],
    },
  },
  {
    files: ['models/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: pureOnly, patterns: [noNode, noShells, modelsImportVocabularyOnly] }],
      'no-restricted-syntax': ['error', dynamicPure, dynamicShells, dynamicModelsImportVocabularyOnly, computedImport],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: pureOnly, patterns: [noNode, noShells] }],
      '@typescript-eslint/no-restricted-imports': ['error', { patterns: [sharedImportsOnlyTypesFromModels] }],
      'no-restricted-syntax': ['error', dynamicPure, dynamicShells, dynamicSharedNoModels, computedImport],
    },
  },
  {
    files: ['electron/backend/**/*.ts', 'electron/browser/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [noElectron] }] },
  },
  {
    // IPC handlers are registered only through electron/main/ipc.ts `handle`, which checks the sender frame first.
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    ignores: ['electron/main/ipc.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', importNames: ['ipcMain'], message: 'Register IPC handlers with `handle` from electron/main/ipc.ts (it checks the sender).' }] }],
      'no-restricted-syntax': ['error', { selector: "MemberExpression[property.name='ipcMain']", message: 'Register IPC handlers with `handle` from electron/main/ipc.ts (it checks the sender).' }],
    },
  },
);
