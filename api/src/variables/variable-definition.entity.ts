import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Project } from '../projects/project.entity.ts';

export const variableScopes = ['CLIENT', 'DEAL'] as const;
export type VariableScope = (typeof variableScopes)[number];
export const variableTypes = ['TEXT', 'NUMBER', 'DATE', 'BOOLEAN'] as const;
export type VariableType = (typeof variableTypes)[number];

// A custom variable of clients or deals: its key (as in `#{key}`), label and type. Values live on the client or deal.
export const VariableDefinitionSchema = defineEntity({
  name: 'VariableDefinition',
  uniques: [{ properties: ['projectId', 'scope', 'key'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    scope: p.enum(variableScopes),
    key: p.string(),
    name: p.string(),
    type: p.enum(variableTypes),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class VariableDefinition extends VariableDefinitionSchema.class {}
VariableDefinitionSchema.setClass(VariableDefinition);

export type VariableDefinitionRow = Row<VariableDefinition>;
