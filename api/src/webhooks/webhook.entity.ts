import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Project } from '../projects/project.entity.ts';
import type { webhookEventTypes } from './webhook-types.ts';

export const webhookDeliveryStatuses = ['PENDING', 'DELIVERED', 'FAILED'] as const;
export type WebhookDeliveryStatus = (typeof webhookDeliveryStatuses)[number];

// An outgoing webhook: where a project's events go, which ones, and its signing secret (sealed like channel
// secrets, channels/channel-secrets.ts: it must be read back to sign). `consecutiveFailures` and `failingSince`
// decide the automatic disabling (webhook-send.service.ts).
export const WebhookEndpointSchema = defineEntity({
  name: 'WebhookEndpoint',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    url: p.string().length(2000),
    description: p.string().length(500).default(''),
    eventTypes: p.array().$type<(typeof webhookEventTypes)[number][]>(),
    enabled: p.boolean().default(true),
    secret: p.text().hidden(),
    disabledReason: p.string().length(500).nullable(),
    consecutiveFailures: p.integer().default(0),
    failingSince: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class WebhookEndpoint extends WebhookEndpointSchema.class {}
WebhookEndpointSchema.setClass(WebhookEndpoint);
export type WebhookEndpointRow = Row<WebhookEndpoint>;
/** Every column but the sealed secret (what the API reads to answer). */
export const endpointColumns = 'id, project_id, url, description, event_types, enabled, disabled_reason, consecutive_failures, failing_since, created_at';

// One event for one endpoint (or a ping, or a replay of an earlier one): the body as it is sent, and what its last
// attempt met. `eventId` is the body's `id` (a replay keeps it, so receivers may dedupe by it); `seq` orders the
// deliveries of one ordering key (a conversation, a client).
export const WebhookDeliverySchema = defineEntity({
  name: 'WebhookDelivery',
  indexes: [
    { name: 'webhook_delivery_log_idx', properties: ['endpointId', 'createdAt', 'id'] },
    { name: 'webhook_delivery_pending_idx', expression: `create index "webhook_delivery_pending_idx" on "webhook_delivery" (endpoint_id, ordering_key, seq) where status = 'PENDING'` },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    seq: p.bigint('number').autoincrement().unique(),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    endpointId: () => p.manyToOne(WebhookEndpoint).mapToPk().joinColumn('endpoint_id').deleteRule('cascade'),
    eventId: p.uuid(),
    type: p.string().length(64),
    orderingKey: p.string().length(100),
    body: p.text(),
    status: p.enum(webhookDeliveryStatuses).default('PENDING'),
    attempts: p.integer().default(0),
    statusCode: p.integer().nullable(),
    responseMs: p.integer().nullable(),
    error: p.string().length(500).nullable(),
    nextAttemptAt: p.datetime().nullable(),
    replayOfId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    deliveredAt: p.datetime().nullable(),
  },
});

export class WebhookDelivery extends WebhookDeliverySchema.class {}
WebhookDeliverySchema.setClass(WebhookDelivery);
export type WebhookDeliveryRow = Row<WebhookDelivery>;
