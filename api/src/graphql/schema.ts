import { buildSubgraphSchema } from '@apollo/subgraph';
import { mergeResolvers } from '@graphql-tools/merge';
import { addResolversToSchema } from '@graphql-tools/schema';
import { parse } from 'graphql';
import { authResolvers } from '../auth/auth.resolvers.ts';
import { permissionResolvers } from '../auth/permissions.resolvers.ts';
import { channelResolvers } from '../channels/channel.resolvers.ts';
import { clientActionResolvers } from '../clients/client-actions.resolvers.ts';
import { clientResolvers } from '../clients/client.resolvers.ts';
import { clientActivityResolvers } from '../clients/client-activity.resolvers.ts';
import { clientProfileResolvers } from '../clients/client-profile.resolvers.ts';
import { dealResolvers } from '../deals/deal.resolvers.ts';
import { audienceResolvers } from '../audience/audience.resolvers.ts';
import { broadcastResolvers } from '../broadcasts/broadcast.resolvers.ts';
import { processResolvers } from '../processes/process.resolvers.ts';
import { labelResolvers } from '../labels/label.resolvers.ts';
import { variableResolvers } from '../variables/variable.resolvers.ts';
import { conversationActionResolvers } from '../conversations/conversation-actions.resolvers.ts';
import { activityResolvers } from '../conversations/activity.resolvers.ts';
import { commentResolvers } from '../conversations/comment.resolvers.ts';
import { conversationSearchResolvers } from '../conversations/conversation-search.resolvers.ts';
import { savedFilterResolvers } from '../conversations/saved-filter.resolvers.ts';
import { conversationResolvers } from '../conversations/conversation.resolvers.ts';
import { timelineResolvers } from '../conversations/timeline.resolvers.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { messageActionResolvers } from '../messages/message-actions.resolvers.ts';
import { messageResolvers } from '../messages/message.resolvers.ts';
import { deliveryHealthResolvers } from '../messages/delivery-health.resolvers.ts';
import { notificationResolvers } from '../operators/notification.resolvers.ts';
import { operatorAdminResolvers } from '../operators/operator-admin.resolvers.ts';
import { presenceResolvers } from '../operators/presence.resolvers.ts';
import { projectSettingsResolvers } from '../projects/project-settings.resolvers.ts';
import { projectResolvers } from '../projects/project.resolvers.ts';
import { quickReplyResolvers } from '../quick-replies/quick-reply.resolvers.ts';
import { taskResolvers } from '../tasks/task.resolvers.ts';
import { teamResolvers } from '../teams/team.resolvers.ts';
import { widgetResolvers } from '../widget/widget.resolvers.ts';
import { fileResolvers } from '../files/file.resolvers.ts';
import { scheduledMessageResolvers } from '../scheduled/scheduled-message.resolvers.ts';
import { webhookResolvers } from '../webhooks/webhook.resolvers.ts';
import { entityReferenceResolvers } from '../federation/entity-references.resolvers.ts';
import { gatewayResolvers } from '../federation/gateway.resolvers.ts';
import { DateTime } from './date-time.ts';
import { nodeResolvers } from './node.resolvers.ts';
import { typeDefs } from './type-defs.ts';


const features: Resolvers[] = [
  nodeResolvers,
  authResolvers,
  permissionResolvers,
  projectResolvers,
  projectSettingsResolvers,
  presenceResolvers,
  notificationResolvers,
  operatorAdminResolvers,
  quickReplyResolvers,
  channelResolvers,
  clientResolvers,
  clientActionResolvers,
  clientProfileResolvers,
  clientActivityResolvers,
  labelResolvers,
  variableResolvers,
  dealResolvers,
  audienceResolvers,
  broadcastResolvers,
  processResolvers,
  conversationResolvers,
  conversationActionResolvers,
  timelineResolvers,
  conversationSearchResolvers,
  savedFilterResolvers,
  commentResolvers,
  activityResolvers,
  messageResolvers,
  deliveryHealthResolvers,
  messageActionResolvers,
  scheduledMessageResolvers,
  widgetResolvers,
  fileResolvers,
  taskResolvers,
  teamResolvers,
  webhookResolvers,
  gatewayResolvers,
];

// A Federation 2 subgraph (schema/federation.graphql): @apollo/subgraph adds `_service` and `_entities` and keeps
// the entities' `__resolveReference`; every other resolver is wired by graphql-tools, as makeExecutableSchema does.
const subgraph = buildSubgraphSchema([{ typeDefs: parse(typeDefs.join('\n')), resolvers: entityReferenceResolvers as never }]);

export const schema = addResolversToSchema({ schema: subgraph, resolvers: mergeResolvers([{ DateTime }, ...features] as never), updateResolversInPlace: true });
