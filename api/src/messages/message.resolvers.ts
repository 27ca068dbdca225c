import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import { sendOperatorMessage } from './message.service.ts';

export const messageResolvers: Resolvers = {
  Message: {
    id: (message) => toGlobalId('Message', message.id),
    conversationId: (message) => toGlobalId('Conversation', message.conversationId),
    conversation: async (message, _, { loaders }) => (await loaders.conversation.load(message.conversationId))!,
    author: (message, _, { loaders }) => loadNullable(loaders.operator, message.authorId),
  },
  Mutation: {
    sendMessage: (_, { input }, ctx) =>
      payload(async () => ({
        message: await sendOperatorMessage(ctx.app, ctx.em, requireViewer(ctx), {
          conversationId: input.conversationId,
          text: input.text,
          idempotencyKey: input.idempotencyKey,
          asBot: input.asBot,
          fileIds: input.fileIds,
          subject: input.subject,
          template: input.template,
        }),
      })),
  },
};
