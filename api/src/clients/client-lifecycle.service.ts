import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { select } from '../db/rows.ts';
import type { ClientActivityType } from './client-activity.entity.ts';
import { announceClientChanges, recordClientActivity } from './client-activity.service.ts';
import type { ClientRow } from './client.entity.ts';
import { clientErrors } from './client.errors.ts';
import { requireClient } from './client-profile.service.ts';
import { stopClientRuns } from '../processes/process-runs.service.ts';
import { requirePermission, type Action } from '../auth/permissions.ts';

type Transition = {
  /** The update's assignments, applied unless `unless` already holds (then nothing is recorded). */
  set: string;
  unless: string;
  activity: { type: ClientActivityType; summary: string; data?: Record<string, unknown> };
  /** What happens to the client's conversations in the same transaction. */
  conversations?: string;
};

const transitions = {
  archive: { set: 'archived_at = now()', unless: 'archived_at is not null', activity: { type: 'ARCHIVED', summary: 'Client archived' }, conversations: 'archived_at = coalesce(archived_at, now())' },
  unarchive: { set: 'archived_at = null', unless: 'archived_at is null', activity: { type: 'UNARCHIVED', summary: 'Client unarchived', data: { byClient: false } }, conversations: 'archived_at = null' },
  block: { set: 'blocked_at = now()', unless: 'blocked_at is not null', activity: { type: 'BLOCKED', summary: 'Client blocked (black list)' } },
  unblock: { set: 'blocked_at = null', unless: 'blocked_at is null', activity: { type: 'UNBLOCKED', summary: 'Client unblocked' } },
  delete: { set: 'deleted_at = now()', unless: 'deleted_at is not null', activity: { type: 'DELETED', summary: 'Client deleted' }, conversations: 'archived_at = coalesce(archived_at, now())' },
  restore: { set: 'deleted_at = null', unless: 'deleted_at is null', activity: { type: 'RESTORED', summary: 'Client restored', data: { byClient: false } } },
} satisfies Record<string, Transition>;

export type ClientTransition = keyof typeof transitions;

/** Deleting and restoring take the deleteClients permission; the rest any operator. */
const permissionOf: Partial<Record<ClientTransition, Action>> = { delete: 'deleteClients', restore: 'deleteClients' };

/** Moves clients (already checked to be the viewer's) through one transition, recording each change. */
export async function transitionClients(app: App, em: EntityManager, viewer: Viewer, clients: readonly ClientRow[], name: ClientTransition) {
  const action = permissionOf[name];
  if (action) requirePermission(viewer, action);
  const transition: Transition = transitions[name];
  const changed = await em.transactional(async (tx) => {
    const rows = await select<ClientRow>(tx, `update client set ${transition.set} where id in (?) and not (${transition.unless}) returning *`, [clients.map((c) => c.id)]);
    const activities = new Map<string, string>();
    for (const row of rows) activities.set(row.id, await recordClientActivity(tx, row, viewer.operator?.id ?? null, transition.activity));
    if (transition.conversations && rows.length) {
      await tx.execute(`update conversation set ${transition.conversations} where client_id in (?)`, [rows.map((row) => row.id)]);
    }
    const changed = rows.map((row) => ({ row, activityId: activities.get(row.id)! }));
    await announceClientChanges(tx, changed.map(({ row, activityId }) => ({ client: row, activityId })));
    return changed;
  });
  // A blocked or deleted client's business processes stop (each run's workflow records it).
  if ((name === 'block' || name === 'delete') && changed.length) await stopClientRuns(app, em, changed.map(({ row }) => row.id), viewer.operator?.id ?? null);
  const updated = new Map(changed.map(({ row }) => [row.id, row]));
  return clients.map((client) => updated.get(client.id) ?? client);
}

export async function transitionClient(app: App, em: EntityManager, viewer: Viewer, globalId: string, name: ClientTransition) {
  const client = await requireClient(em, viewer, globalId);
  return (await transitionClients(app, em, viewer, [client], name))[0]!;
}

/**
 * Erases deleted clients for good: messages, conversations, deals, tasks, notes, files, history and the client.
 * Used on request (one deleted client) and by the retention schedule. Answers the ids purged.
 */
export async function purgeClients(em: EntityManager, where: { clientIds: readonly string[] }) {
  if (!where.clientIds.length) return [];
  return em.transactional(async (tx) => {
    const ids = (await select<{ id: string }>(tx, 'select id from client where id in (?) and deleted_at is not null for update', [where.clientIds])).map((row) => row.id);
    if (!ids.length) return [];
    const conversations = `select id from conversation where client_id in (?)`;
    await tx.execute(`delete from notification where conversation_id in (${conversations}) or task_id in (select id from task where client_id in (?))`, [ids, ids]);
    await tx.execute(`update conversation set last_message_id = null where client_id in (?)`, [ids]);
    await tx.execute(`delete from file where client_id in (?) or message_id in (select id from message where conversation_id in (${conversations}))`, [ids, ids]);
    await tx.execute(`delete from message where conversation_id in (${conversations})`, [ids]);
    await tx.execute(`delete from conversation_event where conversation_id in (${conversations})`, [ids]);
    await tx.execute(`delete from comment where client_id in (?) or conversation_id in (${conversations})`, [ids, ids]);
    await tx.execute(`delete from conversation where client_id in (?)`, [ids]);
    await tx.execute(`delete from client_channel where client_id in (?)`, [ids]);
    for (const table of ['deal', 'task', 'client_activity']) await tx.execute(`delete from ${table} where client_id in (?)`, [ids]);
    await tx.execute(`delete from client where id in (?)`, [ids]);
    return ids;
  });
}

export async function purgeClient(em: EntityManager, viewer: Viewer, globalId: string) {
  requirePermission(viewer, 'purgeClients');
  const client = await requireClient(em, viewer, globalId);
  if (!client.deletedAt) throw clientErrors.CLIENT_PURGE_NOT_DELETED('clientId');
  await purgeClients(em, { clientIds: [client.id] });
  return client.id;
}

/** The retention schedule's work: clients deleted longer ago than their project keeps them. Answers how many. */
export async function purgeExpiredClients(em: EntityManager, batch = 500) {
  const expired = await select<{ id: string }>(
    em,
    `select c.id from client c join project p on p.id = c.project_id
      where c.deleted_at is not null and c.deleted_at < now() - make_interval(days => p.client_retention_days) limit ?`,
    [batch],
  );
  return (await purgeClients(em, { clientIds: expired.map((row) => row.id) })).length;
}
