import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../context.ts';
import { newId } from '../db/ids.ts';
import { select } from '../db/rows.ts';
import { announceNotifications } from '../operators/notification.service.ts';

const batchSize = 500;

type Claimed = { id: string; projectId: string; clientId: string; operatorId: string | null };

/**
 * Notifies the assignee (the creator when nobody is assigned) of every open task that fell due, once: the
 * update claims a task by setting `due_notified_at` and re-checks it under the row lock, so two sweeps racing
 * never notify twice, and `skip locked` never waits on an operator's write. The notification points at the
 * client's latest conversation, if any. Runs from the Temporal due-tasks schedule; answers how many it notified.
 */
export async function notifyDueTasks(app: App, em: EntityManager, now = new Date()) {
  let total = 0;
  for (;;) {
    const { claimed, notifications } = await em.transactional(async (tx) => {
      const claimed = await select<Claimed>(
        tx,
        `update task t set due_notified_at = ?
           from (select id from task where due_at <= ? and completed_at is null and due_notified_at is null
                  order by due_at limit ? for update skip locked) due
          where t.id = due.id and t.due_notified_at is null and t.completed_at is null
          returning t.id, t.project_id, t.client_id, coalesce(t.assignee_id, t.created_by_id) as operator_id`,
        [now, now, batchSize],
      );
      const recipients = claimed.filter((task) => task.operatorId);
      if (!recipients.length) return { claimed, notifications: [] };
      const notifications = await select<{ id: string; operatorId: string }>(
        tx,
        `insert into notification (id, project_id, operator_id, kind, task_id, conversation_id, created_at)
         select n.id, n.project_id, n.operator_id, 'TASK_DUE', n.task_id,
                (select c.id from conversation c where c.client_id = n.client_id order by c.last_activity_at desc limit 1), ?
           from (values ${recipients.map(() => '(?::uuid, ?::uuid, ?::uuid, ?::uuid, ?::uuid)').join(', ')}) as n(id, project_id, operator_id, task_id, client_id)
         returning id, operator_id`,
        [now, ...recipients.flatMap((task) => [newId(), task.projectId, task.operatorId, task.id, task.clientId])],
      );
      await announceNotifications(tx, notifications);
      return { claimed, notifications };
    });
    total += notifications.length;
    if (claimed.length < batchSize) return total;
  }
}
