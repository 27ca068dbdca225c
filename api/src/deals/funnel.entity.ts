import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';

// A sales funnel: deals move through its ordered stages.
export const FunnelSchema = defineEntity({
  name: 'Funnel',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    name: p.string(),
    position: p.integer().default(0),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Funnel extends FunnelSchema.class {}
FunnelSchema.setClass(Funnel);
export type FunnelRow = Row<Funnel>;

export const FunnelStageSchema = defineEntity({
  name: 'FunnelStage',
  indexes: [{ properties: ['funnelId', 'position'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    funnelId: () => p.manyToOne(Funnel).mapToPk().joinColumn('funnel_id').deleteRule('cascade'),
    name: p.string(),
    position: p.integer(),
    // When set, a deal moved into this stage is handed to this employee.
    responsibleId: () => p.manyToOne(Operator).mapToPk().joinColumn('responsible_id').nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class FunnelStage extends FunnelStageSchema.class {}
FunnelStageSchema.setClass(FunnelStage);
export type FunnelStageRow = Row<FunnelStage>;
