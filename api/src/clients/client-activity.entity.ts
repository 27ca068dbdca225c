import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';
import { Client } from './client.entity.ts';

export const clientActivityTypes = [
  'PROFILE_UPDATED',
  'OWNER_CHANGED',
  'TAG_ADDED',
  'TAG_REMOVED',
  'LIST_ADDED',
  'LIST_REMOVED',
  'VARIABLE_SET',
  'DEAL_CREATED',
  'DEAL_STAGE_CHANGED',
  'DEAL_WON',
  'DEAL_LOST',
  'DEAL_REOPENED',
  'TASK_CREATED',
  'TASK_COMPLETED',
  'ARCHIVED',
  'UNARCHIVED',
  'BLOCKED',
  'UNBLOCKED',
  'BOT_PAUSED',
  'BOT_RESUMED',
  'DELETED',
  'RESTORED',
  'MERGED',
  'IMPORTED',
  'PROCESS',
] as const;
export type ClientActivityType = (typeof clientActivityTypes)[number];

/**
 * One change to a client: who did what, when, with a one-line summary written at the time (names as they were
 * then) and the details as data. Shown in the client's history and in the timeline of its conversations.
 */
export const ClientActivitySchema = defineEntity({
  name: 'ClientActivity',
  indexes: [{ name: 'client_activity_timeline_idx', properties: ['clientId', 'createdAt', 'id'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    clientId: () => p.manyToOne(Client).mapToPk().joinColumn('client_id'),
    type: p.enum(clientActivityTypes),
    // The operator who did it; null for the system, the client or an API token.
    actorId: () => p.manyToOne(Operator).mapToPk().joinColumn('actor_id').nullable(),
    summary: p.text(),
    data: p.json<Record<string, unknown>>().default('{}'),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class ClientActivity extends ClientActivitySchema.class {}
ClientActivitySchema.setClass(ClientActivity);
export type ClientActivityRow = Row<ClientActivity>;
