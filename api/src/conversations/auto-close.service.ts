import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../context.ts';
import { announce, inboxEvent, writeRowsAnnouncing } from '../pubsub/outbox.ts';

const batchSize = 500;

/**
 * Closes every open conversation whose project's inactivity period has passed, recording a CLOSED event by the
 * system (no actor) with the reason. Batched and `skip locked`, so it never waits on an operator's write; runs
 * from the Temporal auto-close schedule. Answers how many it closed.
 */
export async function closeInactiveConversations(app: App, em: EntityManager, now = new Date()) {
  let total = 0;
  for (;;) {
    const closed = await writeRowsAnnouncing<{ id: string; projectId: string; eventId: string }>(
      em,
      `with stale as (
         select c.id, c.project_id, p.auto_close_after_minutes as minutes from conversation c join project p on p.id = c.project_id
          where c.status = 'OPEN' and p.auto_close_after_minutes is not null
            and c.last_activity_at < ?::timestamptz - make_interval(mins => p.auto_close_after_minutes)
          order by c.last_activity_at limit ? for update of c skip locked),
       closed as (update conversation c set status = 'CLOSED', closed_at = ? from stale where c.id = stale.id returning c.id, c.project_id)
       insert into conversation_event (id, project_id, conversation_id, type, actor_id, comment, created_at)
       select gen_random_uuid(), stale.project_id, stale.id, 'CLOSED', null,
              'No activity for ' || case when stale.minutes % 60 = 0 then (stale.minutes / 60) || ' h' else stale.minutes || ' min' end, ?
         from stale join closed on closed.id = stale.id
       returning conversation_id as id, project_id, id as event_id`,
      [now, batchSize, now, now],
      (tx, closed) => announce(tx, ...closed.flatMap(({ id, projectId, eventId }) => inboxEvent(projectId, { kind: 'CONVERSATION_UPDATED', conversationId: id, eventId }))),
    );
    total += closed.length;
    if (closed.length < batchSize) return total;
  }
}
