import { defineEntity, p } from '@mikro-orm/core';
import { newId } from '../db/ids.ts';
import type { Row } from '../db/rows.ts';
import { Project } from '../projects/project.entity.ts';

export const operatorRoles = ['OWNER', 'ADMIN', 'MANAGER', 'OPERATOR'] as const;
export type OperatorRole = (typeof operatorRoles)[number];
export const presenceStatuses = ['ONLINE', 'AWAY', 'OFFLINE'] as const;
export type PresenceStatus = (typeof presenceStatuses)[number];
export const locales = ['EN', 'RU'] as const;
export type Locale = (typeof locales)[number];

export const OperatorSchema = defineEntity({
  name: 'Operator',
  indexes: [
    // Auto-assignment's candidates: online by choice, with a lease still running.
    { name: 'operator_online_idx', expression: `create index "operator_online_idx" on "operator" ("project_id", "online_until") where "presence" = 'ONLINE'` },
    // The presence sweep's next lapse.
    { name: 'operator_lease_idx', expression: `create index "operator_lease_idx" on "operator" ("online_until") where "online_until" is not null` },
  ],
  properties: {
    id: p.uuid().primary().onCreate(() => newId()),
    projectId: () => p.manyToOne(Project).mapToPk().joinColumn('project_id').index(),
    name: p.string(),
    // Operators log in with their e-mail, so it is unique across projects; stored lower-cased.
    email: p.string().unique(),
    passwordHash: p.string().hidden().lazy(),
    avatarUrl: p.string().nullable(),
    role: p.enum(operatorRoles).default('OPERATOR'),
    // The status the operator chose; it shows only while they are connected (see effectivePresence).
    presence: p.enum(presenceStatuses).default('OFFLINE'),
    // The presence lease: the latest of the operator's sockets' leases (presence-lease.entity.ts). Null once its
    // lapse was announced.
    onlineUntil: p.datetime().nullable(),
    // At most this many open conversations are distributed to the operator automatically.
    capacity: p.integer().default(10),
    // Round-robin: the online operator assigned longest ago gets the next new conversation.
    lastAssignedAt: p.datetime().nullable(),
    // Reading is explicit by default; an operator may prefer opening a conversation to mark it read.
    readOnOpen: p.boolean().default(false),
    // The web app's language the operator chose; null: their browser's.
    locale: p.enum(locales).nullable(),
    // Set by an owner or admin: no login, no sessions, no new conversations; the row stays for the history.
    deactivatedAt: p.datetime().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
});

export class Operator extends OperatorSchema.class {}
OperatorSchema.setClass(Operator);

export type OperatorRow = Omit<Row<Operator>, 'passwordHash'>;

// What is read back about an operator: never the password hash.
export const operatorColumns =
  'id, project_id, name, email, avatar_url, role, presence, online_until, capacity, last_assigned_at, read_on_open, locale, deactivated_at, created_at';

/**
 * What everyone sees: the chosen status while a lease of the operator's runs, OFFLINE otherwise (even before the
 * sweep announced the lapse). Compared with this node's clock; the lease was set by the database's.
 */
export const effectivePresence = (operator: Pick<OperatorRow, 'presence' | 'onlineUntil'>, now = Date.now()): PresenceStatus =>
  operator.onlineUntil && operator.onlineUntil.getTime() > now ? operator.presence : 'OFFLINE';
