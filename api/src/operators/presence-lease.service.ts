import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../context.ts';
import { select, selectOne } from '../db/rows.ts';
import { publishCommitted, topics } from '../pubsub/pubsub.ts';
import type { PresenceStatus } from './operator.entity.ts';
import { recordPresence } from './presence.service.ts';

// Presence leases in the database, so that every api node agrees (presence-keeper.ts runs them on each node).
// Times are the database's: nodes' clocks never meet. Every change of an operator's leases locks the operator's
// row first and then sets `online_until`, so the operator row always holds the latest of their leases.

/** An open operator socket on this node. */
export type HeldSocket = { id: string; operatorId: string; tokenId: string };

type Changed = { id: string; projectId: string };

const ms = `(?::float8 * interval '1 millisecond')`;

// Leads every statement here: pg_stat_activity shows whose they are, and tests counting a request's statements
// leave out these, which run beside requests on a timer.
export const presenceSqlTag = '/* presence */';

/**
 * Takes or renews the leases of open sockets, for `ttlMs` from now. Sockets whose session ended meanwhile (logout,
 * a new password) get none. Operators who were offline show their chosen status again, live.
 */
export async function renewLeases(app: App, em: EntityManager, sockets: readonly HeldSocket[], ttlMs: number) {
  if (!sockets.length) return;
  const changed = await em.transactional(async (tx) => {
    // The sessions are held (key share) until commit: a logout meanwhile waits, then its cascade removes these leases.
    const renewed = await select<{ operatorId: string }>(
      tx,
      `${presenceSqlTag} with live as (select id from auth_token where id in (?) for key share)
       insert into presence_lease (id, operator_id, token_id, expires_at)
       select s.id, s.operator_id, s.token_id, now() + ${ms}
         from jsonb_to_recordset(?::jsonb) as s(id uuid, operator_id uuid, token_id uuid) join live on live.id = s.token_id
       on conflict (id) do update set expires_at = excluded.expires_at
       returning operator_id`,
      [[...new Set(sockets.map((s) => s.tokenId))], ttlMs, JSON.stringify(sockets.map((s) => ({ id: s.id, operator_id: s.operatorId, token_id: s.tokenId })))],
    );
    if (!renewed.length) return [];
    // Locked in id order, so that two nodes renewing the same operators never deadlock.
    const operators = await select<Changed & { presence: PresenceStatus; revived: boolean }>(
      tx,
      `${presenceSqlTag} with before as (select id, online_until from operator where id in (?) order by id for no key update)
       update operator o set online_until = greatest(o.online_until, now() + ${ms}) from before where o.id = before.id
       returning o.id, o.project_id, o.presence, coalesce(before.online_until <= now(), true) as revived`,
      [[...new Set(renewed.map((r) => r.operatorId))], ttlMs],
    );
    const shown = [];
    for (const operator of operators) if (operator.revived && (await recordPresence(tx, operator, operator.presence))) shown.push(operator);
    return shown;
  });
  await announce(app, changed);
}

/**
 * Sockets closed: their leases run `graceMs` more at most, so a reload does not flicker. An operator left with no
 * lease running is offline at once. One transaction for all of them (a node's sockets close by thousands when a
 * network drops), the operators locked in id order as renewals lock them.
 */
export async function releaseLeases(app: App, em: EntityManager, socketIds: readonly string[], graceMs: number) {
  if (!socketIds.length) return;
  const lapsed = await em.transactional(async (tx) => {
    const leases = await select<{ operatorId: string }>(
      tx,
      `${presenceSqlTag} update presence_lease set expires_at = least(expires_at, now() + ${ms}) where id in (?) returning operator_id`,
      [graceMs, [...socketIds]],
    );
    const shown = [];
    for (const operatorId of [...new Set(leases.map((lease) => lease.operatorId))].sort()) {
      const settled = await settle(tx, operatorId);
      if (settled.lapsed) shown.push(settled.lapsed);
    }
    return shown;
  });
  await announce(app, lapsed);
}

/** After sessions ended (logout, a new password): the operator is offline at once unless another session's socket lives. */
export async function settleOperator(app: App, em: EntityManager, operatorId: string) {
  const settled = await em.transactional((tx) => settle(tx, operatorId));
  if (settled.lapsed) await announce(app, [settled.lapsed]);
}

/** Sets the operator's lease to their latest running one; with none left, records the lapse. */
async function settle(tx: EntityManager, operatorId: string) {
  const before = await selectOne<{ onlineUntil: Date | null }>(tx, `${presenceSqlTag} select online_until from operator where id = ? for no key update`, [operatorId]);
  // A statement after the lock: its snapshot sees every lease committed before.
  const after = await selectOne<Changed & { onlineUntil: Date | null; lapsedAt: Date }>(
    tx,
    `${presenceSqlTag} update operator set online_until = (select max(expires_at) from presence_lease where operator_id = operator.id and expires_at > now())
      where id = ? returning id, project_id, online_until, least(now(), ?::timestamptz) as lapsed_at`,
    [operatorId, before?.onlineUntil ?? null],
  );
  if (!after || after.onlineUntil || !before?.onlineUntil) return { lapsed: null };
  return { lapsed: (await recordPresence(tx, after, 'OFFLINE', after.lapsedAt)) ? after : null };
}

/**
 * Announces the operators whose leases all ran out (their node stopped renewing: killed, cut off, or the socket
 * closed and its grace passed), with the lapse recorded when it happened. Run by every node: each lapse is
 * claimed once. Lapsed leases are deleted.
 */
export async function sweepLapsed(app: App, em: EntityManager) {
  const changed = await em.transactional(async (tx) => {
    const lapsed = await select<Changed & { lapsedAt: Date }>(
      tx,
      `${presenceSqlTag} with lapsed as (select id, online_until from operator where online_until <= now() for no key update skip locked)
       update operator o set online_until = null from lapsed where o.id = lapsed.id
       returning o.id, o.project_id, lapsed.online_until as lapsed_at`,
    );
    const shown = [];
    for (const operator of lapsed) if (await recordPresence(tx, operator, 'OFFLINE', operator.lapsedAt)) shown.push(operator);
    return shown;
  });
  await announce(app, changed);
  await em.execute(`${presenceSqlTag} delete from presence_lease where expires_at <= now()`);
  return changed.length;
}

/** When the next lease of any operator runs out (null: none runs). */
export async function nextLapse(em: EntityManager) {
  return (await selectOne<{ nextUntil: Date | null }>(em, `${presenceSqlTag} select min(online_until) as next_until from operator where online_until is not null`))?.nextUntil ?? null;
}

async function announce(app: App, operators: readonly Changed[]) {
  for (const { id, projectId } of operators) await publishCommitted(app.pubsub, topics.presence(projectId), { operatorId: id });
}
