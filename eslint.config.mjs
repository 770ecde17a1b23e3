import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', 'out/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: {
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Functions a reader holds in one screen (docs/architecture.md).
    files: ['shared/**/*.ts', 'apps-script/**/*.ts', 'scripts/**/*.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80 }] },
  },
  {
    // The pure core: no Node, no Google, no DOM, no shell imports.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: ['node:*', 'fs', 'path', 'exceljs', 'docx', '**/apps-script/**', '**/scripts/**', '**/sidebar/**', '**/tests/**'],
        },
      ],
      'no-restricted-globals': [
        'error',
        'SpreadsheetApp',
        'DocumentApp',
        'DriveApp',
        'Drive',
        'LockService',
        'PropertiesService',
        'HtmlService',
        'document',
        'window',
        'process',
        'Buffer',
      ],
    },
  },
);
