import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Project } from '../projects/project.entity.ts';

export const ClientSchema = defineEntity({
  name: 'Client',
  indexes: [
    { properties: ['projectId', 'lastActivityAt'] },
    // Partial-word search by name, phone or e-mail (pg_trgm).
    {
      name: 'client_search_idx',
      expression: `create index "client_search_idx" on "client" using gin ((lower(name || ' ' || coalesce(phone, '') || ' ' || coalesce(email, ''))) gin_trgm_ops)`,
    },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id'),
    name: p.string(),
    avatarUrl: p.string().nullable(),
    phone: p.string().nullable(),
    email: p.string().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
    lastActivityAt: p.datetime().onCreate(() => new Date()),
    // The bot stays silent for this client until then (operators talk); it resumes by itself afterwards.
    botPausedUntil: p.datetime().nullable(),
    // A blocked client's messages are kept but raise nothing, and nothing is sent to them.
    blockedAt: p.datetime().nullable(),
  },
});

export class Client extends ClientSchema.class {}
ClientSchema.setClass(Client);

export type ClientRow = Row<Client>;
