import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Conversation } from '../conversations/conversation.entity.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';

export const QuickReplyFolderSchema = defineEntity({
  name: 'QuickReplyFolder',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    name: p.string(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class QuickReplyFolder extends QuickReplyFolderSchema.class {}
QuickReplyFolderSchema.setClass(QuickReplyFolder);
export type QuickReplyFolderRow = Row<QuickReplyFolder>;

// A saved answer operators insert from the composer; `#{name}`-style variables are filled per client.
export const QuickReplySchema = defineEntity({
  name: 'QuickReply',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    folderId: () => p.manyToOne(QuickReplyFolder).mapToPk().joinColumn('folder_id').nullable().deleteRule('set null'),
    title: p.string(),
    text: p.text(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});
export class QuickReply extends QuickReplySchema.class {}
QuickReplySchema.setClass(QuickReply);
export type QuickReplyRow = Row<QuickReply>;

// What an operator has started to write in a conversation, kept until sent or cleared.
export const DraftSchema = defineEntity({
  name: 'Draft',
  uniques: [{ properties: ['operatorId', 'conversationId'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    operatorId: () => p.manyToOne(Operator).mapToPk().joinColumn('operator_id').deleteRule('cascade'),
    conversationId: () => p.manyToOne(Conversation).mapToPk().joinColumn('conversation_id').deleteRule('cascade'),
    text: p.text(),
    updatedAt: p.datetime(),
  },
});
export class Draft extends DraftSchema.class {}
DraftSchema.setClass(Draft);
