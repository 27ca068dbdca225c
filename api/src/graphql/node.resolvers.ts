import { may } from '../auth/permissions.ts';
import { requireViewer, type Context, type Viewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { badInput } from './errors.ts';
import { fromGlobalId, type NodeType } from './global-id.ts';

// Rows carry no class, so a resolved node remembers its type for __resolveType.
const nodeType = Symbol('nodeType');
const tagged = <T extends object>(row: T, type: NodeType) => ({ ...row, [nodeType]: type }) as never;

const loaderOf = (ctx: Context) => ({
  Operator: ctx.loaders.operator,
  Channel: ctx.loaders.channel,
  Client: ctx.loaders.client,
  ClientChannel: ctx.loaders.clientChannel,
  Conversation: ctx.loaders.conversation,
  Message: ctx.loaders.message,
  File: ctx.loaders.file,
  Task: ctx.loaders.task,
  Team: ctx.loaders.team,
  Label: ctx.loaders.label,
  VariableDefinition: ctx.loaders.variableDefinition,
  Funnel: ctx.loaders.funnel,
  FunnelStage: ctx.loaders.funnelStage,
  Deal: ctx.loaders.deal,
  ClientActivity: ctx.loaders.clientActivity,
  ClientJob: ctx.loaders.clientJob,
  Broadcast: ctx.loaders.broadcast,
  Process: ctx.loaders.process,
  ProcessVersion: ctx.loaders.processVersion,
  ProcessRun: ctx.loaders.processRun,
  ApiToken: ctx.loaders.apiToken,
  ConversationEvent: ctx.loaders.conversationEvent,
  Comment: ctx.loaders.comment,
  Notification: ctx.loaders.notification,
  QuickReply: ctx.loaders.quickReply,
  QuickReplyFolder: ctx.loaders.quickReplyFolder,
  SavedFilter: ctx.loaders.savedFilter,
  WebhookEndpoint: ctx.loaders.webhookEndpoint,
  WebhookDelivery: ctx.loaders.webhookDelivery,
});

// Within the project, some objects are someone's own: the same rules as the lists that show them.
const visibleTo: Partial<Record<NodeType, (row: Record<string, unknown>, viewer: Viewer) => boolean>> = {
  Notification: (row, viewer) => row.operatorId === viewer.operator?.id,
  SavedFilter: (row, viewer) => row.shared === true || row.ownerId === viewer.operator?.id,
  ApiToken: (_, viewer) => may(viewer, 'manageApiTokens'),
  WebhookEndpoint: (_, viewer) => may(viewer, 'manageWebhooks'),
  WebhookDelivery: (_, viewer) => may(viewer, 'manageWebhooks'),
};

// Every node type belongs to a project; an id from another project answers null, exactly like a bad id.
export async function nodeOf(ctx: Context, id: string) {
  const viewer = requireViewer(ctx);
  const decoded = fromGlobalId(id);
  if (decoded?.type === 'Project') return decoded.id === viewer.project.id ? tagged(viewer.project, 'Project') : null;
  const loaders = loaderOf(ctx);
  if (!decoded || !Object.hasOwn(loaders, decoded.type)) return null;
  const type = decoded.type as keyof typeof loaders;
  const row = await loaders[type].load(decoded.id);
  if (!row || row.projectId !== viewer.project.id || visibleTo[type]?.(row as never, viewer) === false) return null;
  return tagged(row, type);
}

export const nodeResolvers: Resolvers = {
  Query: {
    node: (_, { id }, ctx) => nodeOf(ctx, id),
    // The loaders batch them: one statement per type, whatever the number of ids.
    nodes: (_, { ids }, ctx) => {
      if (ids.length > 100) throw badInput('Ask for at most 100 ids at once.');
      return Promise.all(ids.map((id) => nodeOf(ctx, id)));
    },
  },
  Node: {
    __resolveType: (node) => (node as unknown as Record<typeof nodeType, NodeType>)[nodeType],
  },
};
