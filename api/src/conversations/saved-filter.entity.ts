import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';

// A named chat-list filter: the operator's own, or shared with the whole project.
export const SavedFilterSchema = defineEntity({
  name: 'SavedFilter',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    ownerId: () => p.manyToOne(Operator).mapToPk().joinColumn('owner_id').deleteRule('cascade'),
    name: p.string(),
    shared: p.boolean().default(false),
    // The ConversationFilter input as given (section, conditions, match, search).
    filter: p.json<Record<string, unknown>>(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class SavedFilter extends SavedFilterSchema.class {}
SavedFilterSchema.setClass(SavedFilter);

export type SavedFilterRow = Row<SavedFilter>;
