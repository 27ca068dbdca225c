import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Operator } from '../operators/operator.entity.ts';
import { Project } from '../projects/project.entity.ts';

const column = (name: string, alias?: string) => (alias ? `${alias}.${name}` : name);

/** What client search looks in: the name, phone and e-mail as one text (the search_text column is its fold). */
const searchText = `search_fold(name || ' ' || coalesce(phone, '') || ' ' || coalesce(email, ''))`;

/**
 * Its search_key (the search_key column, which client_search_idx indexes): the same string as search_key of the whole
 * text, as the key maps character by character, but a part without Cyrillic letters (a phone, most e-mails) skips the
 * mapping.
 */
const searchKey = `search_key(name) || ' ' || search_key(coalesce(phone, '')) || ' ' || search_key(coalesce(email, ''))`;

/** The column with the client's folded search text (see indexedContains). */
export const clientSearchText = (alias?: string) => column('search_text', alias);
/** The column with its search key. */
export const clientSearchKey = (alias?: string) => column('search_key', alias);

export const ClientSchema = defineEntity({
  name: 'Client',
  indexes: [
    { properties: ['projectId', 'lastActivityAt'] },
    { properties: ['projectId', 'createdAt'] },
    // Duplicates are found by a shared phone (digits only) or e-mail (lower-cased).
    { name: 'client_phone_key_idx', expression: `create index "client_phone_key_idx" on "client" (project_id, (regexp_replace(phone, '\\D', '', 'g'))) where phone is not null` },
    { name: 'client_email_key_idx', expression: `create index "client_email_key_idx" on "client" (project_id, lower(email)) where email is not null` },
    // Custom variables: equals / exists conditions.
    { name: 'client_variables_idx', expression: `create index "client_variables_idx" on "client" using gin (variables jsonb_path_ops)` },
    // Partial-word search by name, phone or e-mail (pg_trgm), on any cluster locale (see indexedContains).
    { name: 'client_search_idx', expression: `create index "client_search_idx" on "client" using gin ("search_key" gin_trgm_ops)` },
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
    // The employee responsible for the client (separate from a conversation's assignee).
    ownerId: () => p.manyToOne(Operator).mapToPk().joinColumn('owner_id').nullable().index(),
    country: p.string().nullable(),
    // Tracking data of the link or ad the client came by.
    utmSource: p.string().nullable(),
    utmCampaign: p.string().nullable(),
    utmAd: p.string().nullable(),
    utmAdSet: p.string().nullable(),
    utmTag: p.string().nullable(),
    // Custom variables by key, typed by the project's variable definitions (strings, numbers, booleans, ISO dates).
    variables: p.json<Record<string, string | number | boolean>>().default('{}'),
    archivedAt: p.datetime().nullable(),
    // Soft delete: hidden everywhere, purged for good after the retention period (or at once, on request).
    deletedAt: p.datetime().nullable(),
    // What search looks in, computed by PostgreSQL on each write (see Migration20261216100000_client_search_columns).
    searchText: p.string().columnType('text').generated(`(${searchText}) stored`).nullable().lazy().hidden(),
    searchKey: p.string().columnType('text').generated(`(${searchKey}) stored`).nullable().lazy().hidden(),
    // Set on the client merged away; it is deleted, and this is the survivor.
    mergedIntoId: p.uuid().nullable(),
  },
});

export class Client extends ClientSchema.class {}
ClientSchema.setClass(Client);

// Never the search columns (derived, for the index).
export type ClientRow = Omit<Row<Client>, 'searchText' | 'searchKey'>;
