import { defineEntity, p } from '@mikro-orm/core';
import { Client } from '../clients/client.entity.ts';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Message } from '../messages/message.entity.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';

export const fileKinds = ['IMAGE', 'VIDEO', 'AUDIO', 'DOCUMENT'] as const;
export type FileKind = (typeof fileKinds)[number];

/**
 * A stored file: sent or received in a message (then it has the client and the message), or kept in the
 * project's library for attachments. The bytes live in the file storage under `storageKey`.
 */
export const StoredFileSchema = defineEntity({
  name: 'StoredFile',
  tableName: 'file',
  indexes: [
    { properties: ['clientId', 'createdAt'] },
    { name: 'file_library_idx', expression: `create index "file_library_idx" on "file" (project_id, created_at) where library` },
    // Uploads not on a message yet: what the stale-upload purge looks through (few rows, unlike the whole table).
    { name: 'file_unattached_idx', expression: `create index "file_unattached_idx" on "file" (created_at) where message_id is null and not library` },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    clientId: () => p.manyToOne(Client).mapToPk().joinColumn('client_id').nullable(),
    messageId: () => p.manyToOne(Message).mapToPk().joinColumn('message_id').nullable().index(),
    library: p.boolean().default(false),
    kind: p.enum(fileKinds),
    name: p.string(),
    contentType: p.string(),
    size: p.bigint('number'),
    // Library files share their bytes with the copies sent in messages: deleting one looks the others up by key.
    storageKey: p.string().index(),
    uploadedById: () => p.manyToOne(Operator).mapToPk().joinColumn('uploaded_by_id').nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class StoredFile extends StoredFileSchema.class {}
StoredFileSchema.setClass(StoredFile);
export type StoredFileRow = Row<StoredFile>;

// What is read back about a file; `size` as a number (PostgreSQL's bigint would arrive as a string).
const columns = ['id', 'project_id', 'client_id', 'message_id', 'library', 'kind', 'name', 'content_type', 'storage_key', 'uploaded_by_id', 'created_at'];
export const fileColumns = (alias?: string) =>
  [...columns.map((column) => (alias ? `${alias}.${column}` : column)), `${alias ? `${alias}.` : ''}size::float8 as size`].join(', ');
