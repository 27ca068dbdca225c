import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { StoredFile } from '../files/file.entity.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';

export const clientJobKinds = ['IMPORT', 'EXPORT'] as const;
export const clientJobStatuses = ['QUEUED', 'RUNNING', 'DONE', 'FAILED'] as const;

// A CSV import or export of clients, run by a Temporal workflow; its progress is published as it goes.
export const ClientJobSchema = defineEntity({
  name: 'ClientJob',
  indexes: [{ properties: ['projectId', 'createdAt'] }],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    kind: p.enum(clientJobKinds),
    status: p.enum(clientJobStatuses).default('QUEUED'),
    createdById: () => p.manyToOne(Operator).mapToPk().joinColumn('created_by_id').nullable(),
    // IMPORT: the uploaded CSV; EXPORT: the CSV written.
    fileId: () => p.manyToOne(StoredFile).mapToPk().joinColumn('file_id').nullable(),
    // EXPORT: the audience filter (as given to `clients`).
    filter: p.json<Record<string, unknown>>().nullable(),
    total: p.integer().default(0),
    processed: p.integer().default(0),
    created: p.integer().default(0),
    updated: p.integer().default(0),
    // Rows that could not be imported: [{ row, message }], the first 100.
    errors: p.json<{ row: number; message: string }[]>().default('[]'),
    failureReason: p.text().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    finishedAt: p.datetime().nullable(),
  },
});

export class ClientJob extends ClientJobSchema.class {}
ClientJobSchema.setClass(ClientJob);
export type ClientJobRow = Row<ClientJob>;
