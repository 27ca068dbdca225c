import type { EntityManager } from '@mikro-orm/postgresql';
import type { App, Viewer } from '../context.ts';
import { select, selectOne } from '../db/rows.ts';
import { operatorErrors } from './operator.errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { newId } from '../db/ids.ts';
import { publishCommitted, topics } from '../pubsub/pubsub.ts';
import { operatorColumns, type Locale, type OperatorRow, type PresenceStatus } from './operator.entity.ts';

/**
 * Changes the status the operator chose. While they are connected (a presence lease runs) it shows at once: the
 * period in the old status ends; otherwise it is kept for when they come back. Everyone in the project sees it.
 */
export async function setPresence(app: App, em: EntityManager, viewer: Viewer, status: PresenceStatus) {
  const me = viewer.operator;
  if (!me) throw operatorErrors.PRESENCE_OPERATOR_ONLY();
  const changed = await em.transactional(async (tx) => {
    const updated = await selectOne<OperatorRow & { connected: boolean }>(
      tx,
      `update operator set presence = ? where id = ? and presence <> ? returning ${operatorColumns}, coalesce(online_until > now(), false) as connected`,
      [status, me.id, status],
    );
    if (updated?.connected) await recordPresence(tx, updated, status);
    return updated;
  });
  if (!changed) return (await selectOne<OperatorRow>(em, `select ${operatorColumns} from operator where id = ?`, [me.id]))!;
  await publishCommitted(app.pubsub, topics.presence(me.projectId), { operatorId: me.id });
  return changed;
}

/**
 * Records that the operator shows `status` from `at` (the database's now when null): the open period ends and one
 * in `status` begins, unless the open one is in it already (no open period counts as OFFLINE). The caller holds
 * the operator's row. Answers whether the shown status changed.
 */
export async function recordPresence(tx: EntityManager, operator: { id: string; projectId: string }, status: PresenceStatus, at: Date | null = null) {
  const open = await selectOne<{ status: PresenceStatus }>(tx, 'select status from presence_period where operator_id = ? and ended_at is null', [operator.id]);
  if ((open?.status ?? 'OFFLINE') === status) return false;
  await tx.execute('update presence_period set ended_at = coalesce(?::timestamptz, now()) where operator_id = ? and ended_at is null', [at, operator.id]);
  await tx.execute('insert into presence_period (id, project_id, operator_id, status, started_at) values (?, ?, ?, ?, coalesce(?::timestamptz, now()))', [
    newId(),
    operator.projectId,
    operator.id,
    status,
    at,
  ]);
  return true;
}

export async function setOperatorCapacity(em: EntityManager, viewer: Viewer, operatorGlobalId: string, capacity: number) {
  if (!Number.isInteger(capacity) || capacity < 0 || capacity > 1000) throw operatorErrors.OPERATOR_CAPACITY_RANGE('capacity');
  const id = idOf('Operator', operatorGlobalId);
  const updated =
    id && (await selectOne<OperatorRow>(em, `update operator set capacity = ? where id = ? and project_id = ? returning ${operatorColumns}`, [capacity, id, viewer.project.id]));
  if (!updated) throw operatorErrors.OPERATOR_NOT_FOUND('operatorId');
  return updated;
}

/**
 * Seconds each operator of the project spent in each status between `from` and `to`: the periods are clipped to
 * the window; an operator's time before their first recorded change counts as offline.
 */
export async function presenceReport(em: EntityManager, viewer: Viewer, from: Date, to: Date) {
  if (!(from < to)) throw operatorErrors.PRESENCE_REPORT_RANGE('from');
  const rows = await select<{ operatorId: string; status: PresenceStatus; seconds: number }>(
    em,
    `select operator_id, status,
            sum(extract(epoch from least(coalesce(ended_at, now()), ?::timestamptz) - greatest(started_at, ?::timestamptz)))::int as seconds
       from presence_period
      where project_id = ? and started_at < ? and coalesce(ended_at, now()) > ?
      group by operator_id, status`,
    [to, from, viewer.project.id, to, from],
  );
  const operators = await select<OperatorRow>(em, `select ${operatorColumns} from operator where project_id = ? and deactivated_at is null order by name`, [viewer.project.id]);
  const window = Math.round((Math.min(to.getTime(), Date.now()) - from.getTime()) / 1000);
  return operators.map((operator) => {
    const mine = rows.filter((row) => row.operatorId === operator.id);
    const of = (status: PresenceStatus) => mine.find((row) => row.status === status)?.seconds ?? 0;
    const online = of('ONLINE');
    const away = of('AWAY');
    return { operator, online, away, offline: Math.max(0, window - online - away) };
  });
}

/** The caller's own preferences; fields left out stay as they are. */
export async function updateMySettings(em: EntityManager, viewer: Viewer, input: { readOnOpen?: boolean | null; locale?: Locale | null }) {
  const me = viewer.operator;
  if (!me) throw operatorErrors.OPERATOR_SETTINGS_OPERATOR_ONLY();
  return (await selectOne<OperatorRow>(
    em,
    `update operator set read_on_open = coalesce(?, read_on_open), locale = coalesce(?, locale) where id = ? returning ${operatorColumns}`,
    [input.readOnOpen ?? null, input.locale ?? null, me.id],
  ))!;
}
