// @ts-check
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import i18next from 'eslint-plugin-i18next';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Node built-ins that Temporal workflow code must not import (workflows run in a deterministic sandbox).
const nodeBuiltins = [
  'assert', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'crypto', 'dgram', 'diagnostics_channel',
  'dns', 'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'module', 'net', 'os', 'path',
  'perf_hooks', 'process', 'querystring', 'readline', 'repl', 'stream', 'string_decoder', 'timers', 'tls', 'tty',
  'url', 'util', 'v8', 'vm', 'worker_threads', 'zlib',
];

// The public schema documents itself: every type, field, argument, input field, enum value and directive has a
// description (GraphiQL's docs and the downloadable SDL are what third-party developers read).
// The Federation link (schema/federation.graphql) is left out of the lint's schema: graphql-eslint's own federation
// loading cannot take it; gateway/federation-lint.graphql declares `@key` instead.
const schemaLint = {
  files: ['schema/**/*.graphql'],
  languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: ['schema/*.graphql', '!schema/federation.graphql', 'gateway/federation-lint.graphql'] } } },
  plugins: { '@graphql-eslint': graphqlPlugin },
  rules: {
    '@graphql-eslint/require-description': [
      'error',
      {
        types: true,
        rootField: true,
        FieldDefinition: true,
        InputValueDefinition: true,
        EnumValueDefinition: true,
        DirectiveDefinition: true,
        ScalarTypeDefinition: true,
        UnionTypeDefinition: true,
      },
    ],
  },
};

export default defineConfig(
  globalIgnores([
    '**/node_modules/**',
    'web/dist/**',
    '.data/**',
    'api/src/generated/**',
    'web/src/generated/**',
    'api/src/db/migrations/**',
  ]),
  { files: ['**/*.{js,mjs,ts,tsx}'], extends: [js.configs.recommended, tseslint.configs.recommended] },
  schemaLint,
  {
    files: ['**/*.{js,mjs,ts,tsx}'],
    languageOptions: {
      parserOptions: {
        projectService: {
          // Config files at the root that tsconfig.json does not include.
          allowDefaultProject: ['*.js', '*.mjs'],
        },
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'separate-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Each process's workflow file (`<process>/<process>.workflows.ts`) and the bundle's entry (`workflows.ts`).
    files: ['workflows/**/*workflows.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins.map((name) => ({
            name,
            message: 'Workflow code runs in a deterministic sandbox: no Node built-ins. Use an activity.',
          })),
          patterns: [
            { group: ['node:*'], message: 'Workflow code runs in a deterministic sandbox: no Node built-ins. Use an activity.' },
            { group: ['@mikro-orm/*'], message: 'Workflows must not touch the database. Use an activity.' },
          ],
        },
      ],
    },
  },
  {
    files: ['web/**/*.{ts,tsx,js,jsx}'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Every word a user reads comes from a catalogue (web/src/i18n/messages.ts): no text in JSX, nor in the
    // attributes people read (labels, titles, placeholders).
    files: ['web/src/**/*.tsx'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          // `fallback`: what Show and Match render instead, text as much as their children.
          'jsx-attributes': { include: ['aria-label', 'title', 'placeholder', 'alt', 'label', 'fallback'] },
          // Symbols, digits and emoji without a letter (✕, ⋯, 📎) read the same in every language.
          words: { exclude: [/^[^\p{L}]*$/u] },
          message: 'User-facing text comes from a catalogue: add it to the feature\'s *.messages.ts and use t().',
        },
      ],
    },
  },
  {
    // Tests read GraphQL responses loosely; the schema types them for the product code.
    files: ['**/*.test.ts', 'api/test/**/*.ts', 'api/bench/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
