import { requireViewer } from '../context.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload, unauthenticated } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import { renewScope } from '../graphql/request-scope.ts';
import { mapEvents, topics, type NotificationMessage } from '../pubsub/pubsub.ts';
import { listNotifications, markNotificationsRead, ownNotification, unreadNotificationCount } from './notification.service.ts';
import { subscribeStream } from '../pubsub/stream.ts';

export const notificationResolvers: Resolvers = {
  Query: {
    notifications: (_, page, ctx) => listNotifications(ctx.em, requireViewer(ctx), page),
    unreadNotificationCount: (_, __, ctx) => unreadNotificationCount(ctx.em, requireViewer(ctx)),
  },
  Mutation: {
    markNotificationsRead: (_, { input }, ctx) =>
      payload(async () => ({ unreadCount: await markNotificationsRead(ctx.em, requireViewer(ctx), input.notificationIds) })),
  },
  Notification: {
    id: (notification) => toGlobalId('Notification', notification.id),
    conversation: (notification, _, { loaders }) => loadNullable(loaders.conversation, notification.conversationId),
    comment: (notification, _, { loaders }) => loadNullable(loaders.comment, notification.commentId),
    actor: (notification, _, { loaders }) => loadNullable(loaders.operator, notification.actorId),
    read: (notification) => notification.readAt !== null,
  },
  Subscription: {
    notificationAdded: {
      subscribe: async (_, { after }, ctx) => {
        const operator = requireViewer(ctx).operator;
        if (!operator) throw unauthenticated();
        const events = await subscribeStream<NotificationMessage>(ctx.app.pubsub, ctx.em, topics.operator(operator.id), after);
        return mapEvents(events, (event) => ownNotification(renewScope(ctx, event).em, requireViewer(ctx), event.notificationId));
      },
      resolve: (notification: unknown) => notification as never,
    },
  },
};
