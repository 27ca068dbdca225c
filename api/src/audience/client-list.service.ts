import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { transitionClients, type ClientTransition } from '../clients/client-lifecycle.service.ts';
import { setClientOwner } from '../clients/client-profile.service.ts';
import { clientSearchKey, clientSearchText, type ClientRow } from '../clients/client.entity.ts';
import { conditionsSql } from '../conversations/conversation-conditions.ts';
import { select, selectOne } from '../db/rows.ts';
import { foldedContains, indexedContains } from '../db/text-match.ts';
import type { BulkClientActionInput, ClientFilter, ClientOrder } from '../generated/graphql.ts';
import { keysetConnection, type Page } from '../graphql/connection.ts';
import { clientErrors } from '../clients/client.errors.ts';
import { audienceErrors } from './audience.errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { listCap } from '../limits/list-caps.ts';
import { may } from '../auth/permissions.ts';

const sections = {
  ACTIVE: 'cl.deleted_at is null and cl.archived_at is null',
  ARCHIVED: 'cl.deleted_at is null and cl.archived_at is not null',
  BLOCKED: 'cl.deleted_at is null and cl.blocked_at is not null',
  DELETED: 'cl.deleted_at is not null',
  ALL: 'cl.deleted_at is null',
} as const;

/** The SQL condition of an Audience filter on the client table (alias `cl`). */
export function clientWhere(viewer: { project: { id: string } }, filter: ClientFilter | null | undefined) {
  const where = ['cl.project_id = ?', sections[filter?.section ?? 'ACTIVE']];
  const params: unknown[] = [viewer.project.id];
  const words = filter?.search?.trim();
  if (words) {
    // The matching clients as one set, so that PostgreSQL finds them first (the trigram index on name, phone and
    // e-mail; tag names are few) rather than testing every client of the section.
    const client = indexedContains(clientSearchText('s'), clientSearchKey('s'), words);
    const tag = foldedContains('l.name', words);
    where.push(`cl.id in (select s.id from client s where s.project_id = ? and ${client.sql}
      union select x.client_id from client_label x join label l on l.id = x.label_id where l.project_id = ? and l.kind = 'TAG' and ${tag.sql})`);
    params.push(viewer.project.id, ...client.params, viewer.project.id, ...tag.params);
  }
  const conditions = conditionsSql(filter, { client: 'cl' });
  if (conditions) {
    where.push(conditions.sql);
    params.push(...conditions.params);
  }
  return { where: where.join(' and '), params };
}

export async function listClients(em: EntityManager, viewer: Viewer, options: Page & { filter?: ClientFilter | null; order?: ClientOrder | null }) {
  const { where, params } = clientWhere(viewer, options.filter);
  const byCreation = options.order === 'NEWEST_FIRST' || options.order === 'OLDEST_FIRST';
  return keysetConnection<ClientRow>(
    em,
    {
      name: 'clients',
      from: 'client cl',
      columns: 'cl.*',
      where,
      params,
      column: byCreation ? 'created_at' : 'last_activity_at',
      at: (client) => (byCreation ? client.createdAt : client.lastActivityAt),
      order: options.order === 'OLDEST_FIRST' ? 'asc' : 'desc',
    },
    options,
  );
}

export async function countClients(em: EntityManager, where: { where: string; params: unknown[] }) {
  return (await selectOne<{ n: number }>(em, `select count(*)::int as n from client cl where ${where.where}`, where.params))!.n;
}

const transitions: Partial<Record<BulkClientActionInput['action'], ClientTransition>> = {
  ARCHIVE: 'archive',
  UNARCHIVE: 'unarchive',
  BLOCK: 'block',
  UNBLOCK: 'unblock',
  DELETE: 'delete',
  RESTORE: 'restore',
};

/** One action on a selection of the viewer's clients; nothing changes when any id is not the viewer's. */
export async function bulkClientAction(app: App, em: EntityManager, viewer: Viewer, input: BulkClientActionInput) {
  // The payload lists the clients: as many as its documented cap.
  const bulkLimit = listCap('BulkClientActionPayload.clients');
  if (!input.clientIds.length || input.clientIds.length > bulkLimit) throw audienceErrors.AUDIENCE_CLIENT_COUNT('clientIds', { limit: bulkLimit });
  const ids = [...new Set(input.clientIds.map((id) => idOf('Client', id)))];
  const clients = ids.includes(null) ? [] : await select<ClientRow>(em, 'select * from client where id in (?) and project_id = ?', [ids, viewer.project.id]);
  if (clients.length !== ids.length) throw clientErrors.CLIENT_NOT_FOUND('clientIds');
  const transition = transitions[input.action];
  if (transition) return transitionClients(app, em, viewer, clients, transition);
  // Managers only, so the permission holds for every client before the first changes.
  if (!may(viewer, 'assignAnyClientOwner')) throw audienceErrors.AUDIENCE_OWNER_FORBIDDEN();
  const updated = [];
  for (const client of clients) updated.push(await setClientOwner(app, em, viewer, { clientId: input.clientIds[ids.indexOf(client.id)]!, ownerId: input.ownerId ?? null }));
  return updated;
}
