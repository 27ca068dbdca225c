import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../context.ts';
import { select, selectOne } from '../db/rows.ts';
import { announce, inboxEvent } from '../pubsub/outbox.ts';
import { recordEvent } from './conversation-actions.service.ts';

// Online by choice and connected: a presence lease of theirs still runs (the sweep announcing a lapse may come
// later; this never waits for it).
const online = `o.presence = 'ONLINE' and o.online_until > now()`;

/**
 * Gives a new, unassigned conversation to the online operator of its project who was assigned longest ago and
 * has room (open conversations below their capacity). Atomic: the candidate operator is locked for claims (others
 * are skipped, not waited for) and the conversation is claimed only while still unassigned, so two nodes never
 * assign it twice. Answers the operator's id, or null when nobody can take it.
 */
export async function autoAssign(app: App, em: EntityManager, conversationId: string) {
  // Operators locked by concurrent claims are skipped, not waited for; when that left nobody, try again shortly.
  for (let attempt = 0; attempt < 20; attempt++) {
    const assigned = await claim(em, conversationId);
    if (assigned) return assigned.operatorId;
    if (!(await someoneCouldTake(em, conversationId))) return null;
    await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 20));
  }
  return null;
}

/** Whether the conversation is still unassigned and an online operator of its project has room (no locks). */
async function someoneCouldTake(em: EntityManager, conversationId: string) {
  return Boolean(
    await selectOne(
      em,
      `select 1 from conversation t join project p on p.id = t.project_id join operator o on o.project_id = t.project_id
        where t.id = ? and t.assignee_id is null and p.auto_assign and ${online}
          and (select count(*) from conversation c where c.assignee_id = o.id and c.status = 'OPEN' and c.archived_at is null) < o.capacity
        limit 1`,
      [conversationId],
    ),
  );
}

/**
 * Claims by three statements on purpose. Candidates are read in round-robin order; the first whose claim lock this
 * transaction gets is taken (a transaction-scoped advisory lock per operator: concurrent claims skip each other's
 * operator, while presence heartbeats, which update operator rows, never make a claim skip anyone). The claim then
 * counts the open conversations with a snapshot taken after the lock is held, so a claim that committed meanwhile
 * is seen and nobody passes their capacity; and it holds only if nobody assigned the operator since they were read
 * (else the round-robin order changed, and the caller tries again).
 */
async function claim(em: EntityManager, conversationId: string) {
  return em.transactional(async (tx) => {
    const candidates = await select<{ id: string; lastAssignedAt: Date | null }>(
      tx,
      `select o.id, o.last_assigned_at from conversation t join project p on p.id = t.project_id join operator o on o.project_id = t.project_id
        where t.id = ? and t.assignee_id is null and p.auto_assign and ${online}
          and (select count(*) from conversation c where c.assignee_id = o.id and c.status = 'OPEN' and c.archived_at is null) < o.capacity
        order by o.last_assigned_at nulls first, o.id
        limit 20`,
      [conversationId],
    );
    let candidate: { id: string; lastAssignedAt: Date | null } | undefined;
    for (const row of candidates) {
      const lock = await selectOne<{ locked: boolean }>(tx, `select pg_try_advisory_xact_lock(hashtextextended('auto-assign:' || ?, 0)) as locked`, [row.id]);
      if (lock?.locked) {
        candidate = row;
        break;
      }
    }
    if (!candidate) return null;
    const claimed = await selectOne<{ operatorId: string; projectId: string }>(
      tx,
      `with claimed as (
         update conversation set assignee_id = o.id from operator o
          where conversation.id = ? and conversation.assignee_id is null and o.id = ? and date_trunc('milliseconds', o.last_assigned_at) is not distinct from ?
            and (select count(*) from conversation c where c.assignee_id = o.id and c.status = 'OPEN' and c.archived_at is null) < o.capacity
          returning conversation.assignee_id, conversation.project_id)
       update operator set last_assigned_at = ? from claimed where operator.id = claimed.assignee_id
       returning operator.id as operator_id, claimed.project_id`,
      [conversationId, candidate.id, candidate.lastAssignedAt, new Date()],
    );
    if (!claimed) return null;
    const eventId = await recordEvent(tx, { id: conversationId, projectId: claimed.projectId }, null, {
      type: 'ASSIGNED',
      assigneeId: claimed.operatorId,
      comment: 'Assigned automatically',
    });
    await announce(tx, ...inboxEvent(claimed.projectId, { kind: 'CONVERSATION_UPDATED', conversationId, eventId }));
    return claimed;
  });
}
