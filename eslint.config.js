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
const schemaLint = {
  files: ['schema/**/*.graphql'],
  languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: 'schema/*.graphql' } } },
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

// Components still to move to the catalogues (issue 9); the list only shrinks.
const untranslated = [
  'web/src/audience/AudienceFilter.tsx',
  'web/src/audience/AudiencePage.tsx',
  'web/src/audience/AudienceSearch.tsx',
  'web/src/audience/AudienceTable.tsx',
  'web/src/audience/ClientDetails.tsx',
  'web/src/audience/ConfirmDialog.tsx',
  'web/src/audience/bulk/BulkBar.tsx',
  'web/src/audience/bulk/LabelPicker.tsx',
  'web/src/audience/bulk/OwnerPicker.tsx',
  'web/src/audience/jobs/ImportExportPanel.tsx',
  'web/src/audience/jobs/JobProgress.tsx',
  'web/src/inbox/chat-list/SearchBox.tsx',
  'web/src/inbox/chat-list/SectionTabs.tsx',
  'web/src/inbox/chat-window/ComposerModes.tsx',
  'web/src/inbox/chat-window/DialogSearch.tsx',
  'web/src/inbox/chat-window/MessageBubble.tsx',
  'web/src/inbox/chat-window/attachments/AttachButton.tsx',
  'web/src/inbox/chat-window/attachments/LibraryPicker.tsx',
  'web/src/inbox/chat-window/attachments/PendingAttachmentList.tsx',
  'web/src/inbox/chat-window/emoji/EmojiButton.tsx',
  'web/src/inbox/client-card/CardToolbar.tsx',
  'web/src/inbox/client-card/ClientCard.tsx',
  'web/src/inbox/client-card/ClientControls.tsx',
  'web/src/inbox/client-card/crm/HistorySection.tsx',
  'web/src/inbox/client-card/crm/IdentitySection.tsx',
  'web/src/inbox/client-card/crm/LabelsSection.tsx',
  'web/src/inbox/client-card/crm/NotesSection.tsx',
  'web/src/inbox/client-card/crm/ProfileSection.tsx',
  'web/src/inbox/client-card/media/MediaSection.tsx',
  'web/src/inbox/client-card/tasks/TaskForm.tsx',
  'web/src/inbox/client-card/tasks/TasksSection.tsx',
  'web/src/inbox/comments/CommentNote.tsx',
  'web/src/inbox/comments/MentionPicker.tsx',
  'web/src/inbox/comments/PinnedComments.tsx',
  'web/src/inbox/conversation-actions/AssignMenu.tsx',
  'web/src/inbox/conversation-actions/ConversationActions.tsx',
  'web/src/inbox/filters/ConditionBuilder.tsx',
  'web/src/inbox/filters/ConditionOperands.tsx',
  'web/src/inbox/filters/ConditionRow.tsx',
  'web/src/inbox/filters/FilterActions.tsx',
  'web/src/inbox/filters/FilterBar.tsx',
  'web/src/inbox/filters/SavedFilterMenu.tsx',
  'web/src/inbox/message-actions/MessageEditor.tsx',
  'web/src/inbox/message-actions/MessageMenu.tsx',
  'web/src/inbox/message-actions/PinnedMessages.tsx',
  'web/src/inbox/notifications/NotificationBell.tsx',
  'web/src/inbox/presence/PresenceSelect.tsx',
  'web/src/inbox/presence/TeamPopover.tsx',
  'web/src/inbox/quick-replies/QuickReplyPicker.tsx',
  'web/src/inbox/teams/TeamOptions.tsx',
  'web/src/settings/ConfirmButton.tsx',
  'web/src/settings/CopyButton.tsx',
  'web/src/settings/SettingsPage.tsx',
  'web/src/settings/account/AccountSettings.tsx',
  'web/src/settings/api-tokens/ApiTokensSettings.tsx',
  'web/src/settings/channels/ChannelsSettings.tsx',
  'web/src/settings/general/GeneralSettings.tsx',
  'web/src/settings/operators/OperatorsSettings.tsx',
  'web/src/settings/teams/TeamsSettings.tsx',
  'web/src/widget/WidgetApp.tsx',
  'web/src/widget/WidgetAttachments.tsx',
  'web/src/widget/WidgetChat.tsx',
];

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
    files: ['workflows/**/workflows*.ts'],
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
    ignores: untranslated,
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'jsx-attributes': { include: ['aria-label', 'title', 'placeholder', 'alt', 'label', 'fallback'] },
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
