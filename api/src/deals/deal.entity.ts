import { defineEntity, p } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.ts';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';
import { Funnel, FunnelStage } from './funnel.entity.ts';

export const dealStatuses = ['OPEN', 'WON', 'LOST'] as const;
export type DealStatus = (typeof dealStatuses)[number];

// A deal with a client, at one stage of one funnel; closed as won or lost.
export const DealSchema = defineEntity({
  name: 'Deal',
  indexes: [
    { properties: ['clientId', 'createdAt'] },
    // Counting a stage's deals, moving them when it is deleted, and the foreign key's check on that delete.
    { properties: ['stageId'] },
    { name: 'deal_open_stage_idx', expression: `create index "deal_open_stage_idx" on "deal" (stage_id, client_id) where status = 'OPEN'` },
    { name: 'deal_open_funnel_idx', expression: `create index "deal_open_funnel_idx" on "deal" (funnel_id, client_id) where status = 'OPEN'` },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    clientId: () => p.manyToOne(Client).mapToPk().joinColumn('client_id'),
    funnelId: () => p.manyToOne(Funnel).mapToPk().joinColumn('funnel_id'),
    stageId: () => p.manyToOne(FunnelStage).mapToPk().joinColumn('stage_id'),
    title: p.string(),
    // Minor-unit-free decimal amount, as text to keep precision.
    budget: p.decimal('string').precision(14).scale(2).nullable(),
    currency: p.string().length(3).default('RUB'),
    // The employee working the deal (not necessarily the client's owner).
    responsibleId: () => p.manyToOne(Operator).mapToPk().joinColumn('responsible_id').nullable(),
    status: p.enum(dealStatuses).default('OPEN'),
    closedAt: p.datetime().nullable(),
    variables: p.json<Record<string, string | number | boolean>>().default('{}'),
    createdAt: p.datetime().onCreate(() => new Date()),
    stageChangedAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Deal extends DealSchema.class {}
DealSchema.setClass(Deal);
export type DealRow = Row<Deal>;
