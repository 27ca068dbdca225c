import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';

// A group of operators (sales, support…): conversations can be transferred to a team, which has its own section.
export const TeamSchema = defineEntity({
  name: 'Team',
  // Names are unique whatever the case (fold_case: Cyrillic too, on any cluster locale).
  indexes: [{ name: 'team_name_idx', expression: 'create unique index "team_name_idx" on "team" (project_id, fold_case(name))' }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    name: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Team extends TeamSchema.class {}
TeamSchema.setClass(Team);
export type TeamRow = Row<Team>;

export const TeamMemberSchema = defineEntity({
  name: 'TeamMember',
  properties: {
    teamId: () => p.manyToOne(Team).mapToPk().joinColumn('team_id').primary().deleteRule('cascade'),
    operatorId: () => p.manyToOne(Operator).mapToPk().joinColumn('operator_id').primary().deleteRule('cascade').index(),
  },
});

export class TeamMember extends TeamMemberSchema.class {}
TeamMemberSchema.setClass(TeamMember);
