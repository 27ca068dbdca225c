import { defineEntity, p } from '@mikro-orm/core';
import { Channel } from '../channels/channel.entity.ts';
import { Client } from '../clients/client.entity.ts';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import type { ClientAudience } from '../audience/client-audience.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';

export const broadcastStatuses = ['SCHEDULED', 'RUNNING', 'PAUSED', 'CANCELLED', 'COMPLETED'] as const;
export type BroadcastStatus = (typeof broadcastStatuses)[number];
export const broadcastChannelRules = ['LATEST', 'CHANNEL'] as const;
export const recipientStatuses = ['PENDING', 'SENT', 'FAILED', 'SKIPPED'] as const;
export type RecipientStatus = (typeof recipientStatuses)[number];
export const skipReasons = ['BLOCKED', 'DELETED', 'NO_CHANNEL', 'CANCELLED'] as const;
export type SkipReason = (typeof skipReasons)[number];

/** Who gets a broadcast, as given: resolved into recipients (a snapshot) when it starts. */
export type BroadcastAudience = ClientAudience;

// One message to many clients, sent by a Temporal workflow (workflows/src/broadcasts/) at the channel's rate.
// The counts move with the recipients' statuses, in the same transaction.
export const BroadcastSchema = defineEntity({
  name: 'Broadcast',
  indexes: [{ properties: ['projectId', 'createdAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    createdById: () => p.manyToOne(Operator).mapToPk().joinColumn('created_by_id').nullable(),
    text: p.text(),
    // Library files attached to every message (each message gets its own copy of the row, the bytes are shared).
    fileIds: p.array().$type<string[]>().default([]),
    channelRule: p.enum(broadcastChannelRules),
    // CHANNEL: the one channel to send on; LATEST: null.
    channelId: () => p.manyToOne(Channel).mapToPk().joinColumn('channel_id').nullable(),
    audience: p.json<BroadcastAudience>(),
    status: p.enum(broadcastStatuses),
    sendAt: p.datetime().nullable(),
    // Messages per second at most (the channel's limit, or lower when asked).
    ratePerSecond: p.integer(),
    total: p.integer().default(0),
    sent: p.integer().default(0),
    failed: p.integer().default(0),
    skipped: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
    startedAt: p.datetime().nullable(),
    finishedAt: p.datetime().nullable(),
  },
});

export class Broadcast extends BroadcastSchema.class {}
BroadcastSchema.setClass(Broadcast);
export type BroadcastRow = Row<Broadcast>;

// One client of a broadcast, taken when it starts; the workflow pages through the PENDING ones by (created_at, id).
export const BroadcastRecipientSchema = defineEntity({
  name: 'BroadcastRecipient',
  indexes: [{ properties: ['broadcastId', 'status', 'createdAt', 'id'] }, { properties: ['broadcastId', 'createdAt', 'id'] }],
  uniques: [{ properties: ['broadcastId', 'clientId'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    broadcastId: () => p.manyToOne(Broadcast).mapToPk().joinColumn('broadcast_id').deleteRule('cascade'),
    clientId: () => p.manyToOne(Client).mapToPk().joinColumn('client_id').deleteRule('cascade'),
    status: p.enum(recipientStatuses).default('PENDING'),
    // SKIPPED: a SkipReason; FAILED: the channel's reason.
    reason: p.text().nullable(),
    channelId: () => p.manyToOne(Channel).mapToPk().joinColumn('channel_id').nullable(),
    // The message in the client's conversation (deduplicated by `broadcast:<id>` there).
    messageId: p.uuid().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    processedAt: p.datetime().nullable(),
  },
});

export class BroadcastRecipient extends BroadcastRecipientSchema.class {}
BroadcastRecipientSchema.setClass(BroadcastRecipient);
export type BroadcastRecipientRow = Row<BroadcastRecipient>;
