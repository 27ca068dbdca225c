import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Project } from '../projects/project.entity.ts';
import { Operator, presenceStatuses } from './operator.entity.ts';

// One stretch of time an operator spent in one presence status; the open one has no end yet. For reports.
export const PresencePeriodSchema = defineEntity({
  name: 'PresencePeriod',
  indexes: [{ name: 'presence_period_operator_idx', properties: ['operatorId', 'startedAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    operatorId: () => p.manyToOne(Operator).mapToPk().joinColumn('operator_id'),
    status: p.enum(presenceStatuses),
    startedAt: p.datetime(),
    endedAt: p.datetime().nullable(),
  },
});

export class PresencePeriod extends PresencePeriodSchema.class {}
PresencePeriodSchema.setClass(PresencePeriod);

export type PresencePeriodRow = Row<PresencePeriod>;
