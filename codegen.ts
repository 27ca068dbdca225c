import type { CodegenConfig } from '@graphql-codegen/cli';

// schema/*.graphql is the source of truth: resolver types for api/ (mapped to the MikroORM entities)
// and typed documents for web/ are generated from it. Run `npm run generate` after changing either.
// GraphQL objects resolve from rows shaped like the entities (an entity instance is one too).
const entity = (path: string, name: string) => `../${path}.entity.ts#${name}Row`;
// Connections with a totalCount count only when asked: their model holds it as a function.
const counted = ['Broadcast', 'BroadcastRecipient', 'Client', 'ClientActivity', 'ClientJob', 'Comment', 'Deal', 'File', 'Message', 'Notification', 'Task', 'Timeline', 'WebhookDelivery'];

const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  emitLegacyCommonJSImports: false,
  generates: {
    'api/src/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.ts#Context',
        // Entity types (`@key`) get a typed `__resolveReference` (api/src/federation/).
        federation: true,
        scalars: { DateTime: 'Date', JSON: 'unknown' },
        mapperTypeSuffix: 'Model',
        mappers: {
          Project: entity('projects/project', 'Project'),
          Operator: entity('operators/operator', 'Operator'),
          Channel: entity('channels/channel', 'Channel'),
          Client: entity('clients/client', 'Client'),
          ClientChannel: entity('clients/client-channel', 'ClientChannel'),
          Conversation: '../conversations/conversation-search.service.ts#FoundConversation',
          Message: entity('messages/message', 'Message'),
          ConversationEvent: entity('conversations/conversation-event', 'ConversationEvent'),
          Comment: entity('conversations/comment', 'Comment'),
          Notification: entity('operators/notification', 'Notification'),
          WidgetMessage: entity('messages/message', 'Message'),
          ApiToken: '../auth/auth-token.entity.ts#ApiTokenRow',
          SearchHit: '../conversations/conversation-search.service.ts#SearchHitModel',
          QuickReply: entity('quick-replies/quick-reply', 'QuickReply'),
          QuickReplyFolder: '../quick-replies/quick-reply.entity.ts#QuickReplyFolderRow',
          SavedFilter: entity('conversations/saved-filter', 'SavedFilter'),
          Viewer: '../context.ts#Viewer',
          Permissions: '../context.ts#Viewer',
          InboxEvent: '../conversations/inbox-event.ts#InboxEvent',
          File: entity('files/file', 'StoredFile'),
          WidgetFile: entity('files/file', 'StoredFile'),
          Task: entity('tasks/task', 'Task'),
          TaskEvent: '../pubsub/pubsub.ts#TaskEventMessage',
          Team: entity('teams/team', 'Team'),
          Label: entity('labels/label', 'Label'),
          VariableDefinition: entity('variables/variable-definition', 'VariableDefinition'),
          Funnel: entity('deals/funnel', 'Funnel'),
          FunnelStage: entity('deals/funnel', 'FunnelStage'),
          Deal: entity('deals/deal', 'Deal'),
          ClientStage: '../deals/deal.service.ts#ClientStageModel',
          ClientActivity: entity('clients/client-activity', 'ClientActivity'),
          ClientJob: entity('audience/client-job', 'ClientJob'),
          Broadcast: entity('broadcasts/broadcast', 'Broadcast'),
          BroadcastRecipient: entity('broadcasts/broadcast', 'BroadcastRecipient'),
          Process: entity('processes/process', 'Process'),
          ProcessVersion: entity('processes/process', 'ProcessVersion'),
          ProcessRun: entity('processes/process', 'ProcessRun'),
          ProcessRunStep: entity('processes/process', 'ProcessRunStep'),
          WebhookEndpoint: entity('webhooks/webhook', 'WebhookEndpoint'),
          WebhookDelivery: entity('webhooks/webhook', 'WebhookDelivery'),
          ProcessBlock: '../processes/process-blocks.ts#ProcessBlockModel',
          ProcessPendingSend: '../processes/process-pending-sends.ts#PendingSendModel',
          ...Object.fromEntries(counted.map((name) => [`${name}Connection`, '../graphql/connection.ts#AnyConnection'])),
          ClientUpdate: '../clients/client-profile.service.ts#ClientUpdateModel',
        },
      },
    },
    'web/src/generated/': {
      documents: ['web/src/**/*.{ts,tsx}', '!web/src/generated/**', '!web/src/**/*.supergraph.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', JSON: 'unknown' } },
    },
    // The web's documents that ask other subgraphs' fields (a client's orders) go to the gateway: `*.supergraph.ts`,
    // typed against the composed supergraph (README "Federation and the gateway").
    'web/src/generated/supergraph/': {
      schema: 'gateway/supergraph.graphql',
      documents: ['web/src/**/*.supergraph.ts'],
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: { useTypeImports: true, enumsAsTypes: true, scalars: { DateTime: 'string', JSON: 'unknown' } },
    },
  },
};

export default config;
