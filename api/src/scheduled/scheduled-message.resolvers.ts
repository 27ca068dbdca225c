import { requireCan, viewerCan } from '../auth/permissions.ts';
import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { loadNow, loadNullable } from '../graphql/loaders.ts';
import { changeScheduled, clientScheduledMessages, projectScheduledMessages, scheduleMessage } from './scheduled-message.service.ts';

export const scheduledMessageResolvers: Resolvers = {
  Message: {
    viewerCanChangeSchedule: viewerCan((_, message) => message.status === 'SCHEDULED'),
  },
  ConversationEvent: {
    message: (event, _, { loaders }) => loadNullable(loaders.message, event.messageId),
  },
  Conversation: {
    scheduledCount: (conversation, _, { loaders }) => loadNow(loaders.scheduledCountByConversation, conversation.id),
  },
  Client: {
    scheduledMessages: (client, _, { em }) => clientScheduledMessages(em, client.id),
  },
  Query: {
    scheduledMessages: (_, { first, after, last, before, filter }, ctx) =>
      projectScheduledMessages(ctx.em, requireCan(ctx, 'viewAllScheduledMessages'), filter ?? {}, { first, after, last, before }),
  },
  Mutation: {
    scheduleMessage: (_, { input }, ctx) =>
      payload(async () => ({
        message: await scheduleMessage(ctx.app, ctx.em, requireViewer(ctx), {
          conversationId: input.conversationId,
          text: input.text,
          sendAt: input.sendAt,
          idempotencyKey: input.idempotencyKey,
          asBot: input.asBot,
          fileIds: input.fileIds,
          subject: input.subject,
        }),
      })),
    rescheduleMessage: (_, { input }, ctx) =>
      payload(async () => ({ message: await changeScheduled(ctx.app, ctx.em, requireViewer(ctx), input.messageId, { sendAt: input.sendAt }) })),
    sendScheduledMessageNow: (_, { input }, ctx) => payload(async () => ({ message: await changeScheduled(ctx.app, ctx.em, requireViewer(ctx), input.messageId, 'sendNow') })),
    cancelScheduledMessage: (_, { input }, ctx) => payload(async () => ({ message: await changeScheduled(ctx.app, ctx.em, requireViewer(ctx), input.messageId, 'cancel') })),
  },
};
