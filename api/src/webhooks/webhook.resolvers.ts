import { may, requireCan } from '../auth/permissions.ts';
import type { Resolvers } from '../generated/graphql.ts';
import { payload } from '../graphql/errors.ts';
import { toGlobalId } from '../graphql/global-id.ts';
import { loadNullable } from '../graphql/loaders.ts';
import {
  createWebhookEndpoint, deleteWebhookEndpoint, listDeliveries, listWebhookEndpoints, pingWebhookEndpoint, replayWebhookDelivery, rotateWebhookSecret, updateWebhookEndpoint,
} from './webhook.service.ts';

// Owners, admins and API tokens (`manageWebhooks`); every call is scoped to the caller's project in the service.
export const webhookResolvers: Resolvers = {
  Query: {
    webhookEndpoints: (_, __, ctx) => listWebhookEndpoints(ctx.em, requireCan(ctx, 'manageWebhooks')),
  },
  Mutation: {
    createWebhookEndpoint: (_, { input }, ctx) => payload(() => createWebhookEndpoint(ctx.app, ctx.em, requireCan(ctx, 'manageWebhooks'), input)),
    updateWebhookEndpoint: (_, { input }, ctx) => payload(async () => ({ webhookEndpoint: await updateWebhookEndpoint(ctx.app, ctx.em, requireCan(ctx, 'manageWebhooks'), input) })),
    deleteWebhookEndpoint: (_, { input }, ctx) => payload(async () => ({ deletedId: await deleteWebhookEndpoint(ctx.app, ctx.em, requireCan(ctx, 'manageWebhooks'), input.webhookEndpointId) })),
    rotateWebhookSecret: (_, { input }, ctx) => payload(() => rotateWebhookSecret(ctx.app, ctx.em, requireCan(ctx, 'manageWebhooks'), input.webhookEndpointId)),
    pingWebhookEndpoint: (_, { input }, ctx) => payload(async () => ({ delivery: await pingWebhookEndpoint(ctx.app, ctx.em, requireCan(ctx, 'manageWebhooks'), input.webhookEndpointId) })),
    replayWebhookDelivery: (_, { input }, ctx) => payload(async () => ({ delivery: await replayWebhookDelivery(ctx.app, ctx.em, requireCan(ctx, 'manageWebhooks'), input.webhookDeliveryId) })),
  },
  WebhookEndpoint: {
    id: (endpoint) => toGlobalId('WebhookEndpoint', endpoint.id),
    deliveries: (endpoint, page, { em }) => listDeliveries(em, endpoint.id, page),
  },
  WebhookDelivery: {
    id: (delivery) => toGlobalId('WebhookDelivery', delivery.id),
    responseTimeMs: (delivery) => delivery.responseMs ?? null,
    replayOf: (delivery, _, { loaders }) => loadNullable(loaders.webhookDelivery, delivery.replayOfId),
  },
  Notification: {
    // Only while the reader may still manage webhooks (an admin made a manager keeps the notification, not the endpoint).
    webhookEndpoint: (notification, _, { loaders, viewer }) => (viewer && may(viewer, 'manageWebhooks') ? loadNullable(loaders.webhookEndpoint, notification.webhookEndpointId) : null),
  },
};
