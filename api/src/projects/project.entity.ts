import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';

export const ProjectSchema = defineEntity({
  name: 'Project',
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    name: p.string(),
    timeZone: p.string().default('UTC'),
    // Open conversations with no activity for this long are closed by the auto-close schedule; null never.
    autoCloseAfterMinutes: p.integer().nullable().default(24 * 60),
    // New conversations go round-robin to online operators with room for more.
    autoAssign: p.boolean().default(true),
    // Who may delete messages; operators may not unless a project allows it.
    messageDeletionRoles: p.array().default(['OWNER', 'ADMIN']),
    // At most this many files in the project's attachment library.
    fileLibraryLimit: p.integer().default(200),
    // Deleted clients are purged for good after this many days.
    clientRetentionDays: p.integer().default(30),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Project extends ProjectSchema.class {}
ProjectSchema.setClass(Project);

export type ProjectRow = Row<Project>;
