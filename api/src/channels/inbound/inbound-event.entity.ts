import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../../db/ids.ts';
import type { Row } from '../../db/rows.ts';
import { Project } from '../../projects/project.entity.ts';
import { Channel } from '../channel.entity.ts';
import type { InboundEvent as Event } from '../drivers/driver.ts';

/**
 * What a platform told a channel, stored as it came (normalised by the driver) before the platform is answered:
 * one row per platform key, so a webhook delivered twice or a poll repeated after a restart is kept once. The
 * processor turns it into clients, messages and statuses, and marks it processed.
 */
export const InboundEventSchema = defineEntity({
  name: 'InboundEvent',
  uniques: [{ name: 'inbound_event_key_unique', properties: ['channelId', 'key'] }],
  indexes: [
    // The processor's sweep: what is not processed yet.
    { name: 'inbound_event_pending_idx', expression: `create index "inbound_event_pending_idx" on "inbound_event" ("received_at") where "processed_at" is null` },
    // The retention purge of processed ones.
    { name: 'inbound_event_processed_idx', expression: `create index "inbound_event_processed_idx" on "inbound_event" ("processed_at") where "processed_at" is not null` },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    channelId: () => p.manyToOne(Channel).mapToPk().joinColumn('channel_id').deleteRule('cascade'),
    key: p.string().length(300),
    event: p.json<Event>(),
    receivedAt: p.datetime(),
    processedAt: p.datetime().nullable(),
    attempts: p.integer().default(0),
    error: p.string().length(500).nullable(),
    // While one processor holds it, no other takes it.
    processingUntil: p.datetime().nullable(),
  },
});

export class InboundEvent extends InboundEventSchema.class {}
InboundEventSchema.setClass(InboundEvent);

export type InboundEventRow = Row<InboundEvent>;
