import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../context.ts';
import { newId } from '../db/ids.ts';
import { selectOne } from '../db/rows.ts';
import { keysetConnection, type Page } from '../graphql/connection.ts';
import { operatorErrors } from './operator.errors.ts';
import { idOf } from '../graphql/global-id.ts';
import { topics } from '../pubsub/pubsub.ts';
import { announce } from '../pubsub/outbox.ts';
import type { NotificationRow } from './notification.entity.ts';

function me(viewer: Viewer) {
  if (!viewer.operator) throw operatorErrors.NOTIFICATION_OPERATOR_ONLY();
  return viewer.operator;
}

/** Notifies operators that they were mentioned in a comment (never its own author); answers the new ids. */
export async function notifyMentions(
  em: EntityManager,
  comment: { id: string; projectId: string; conversationId?: string | null; authorId?: string | null },
  operatorIds: string[],
) {
  const ids: { id: string; operatorId: string }[] = [];
  for (const operatorId of new Set(operatorIds)) {
    if (operatorId === comment.authorId) continue;
    const id = newId();
    await em.execute(
      `insert into notification (id, project_id, operator_id, kind, conversation_id, comment_id, actor_id, created_at) values (?, ?, ?, 'MENTION', ?, ?, ?, ?)`,
      [id, comment.projectId, operatorId, comment.conversationId, comment.id, comment.authorId ?? null, new Date()],
    );
    ids.push({ id, operatorId });
  }
  await announceNotifications(em, ids);
  return ids;
}

/** Tells each notified operator, with the notifications' insert (in its transaction). */
export async function announceNotifications(tx: EntityManager, notifications: readonly { id: string; operatorId: string }[]) {
  await announce(tx, ...notifications.map(({ id, operatorId }) => ({ topic: topics.operator(operatorId), event: { notificationId: id } })));
}

export function listNotifications(em: EntityManager, viewer: Viewer, page: Page & { unreadOnly?: boolean | null }) {
  return keysetConnection<NotificationRow>(
    em,
    {
      name: 'notifications',
      from: 'notification',
      where: `operator_id = ?${page.unreadOnly ? ' and read_at is null' : ''}`,
      params: [me(viewer).id],
      column: 'created_at',
      at: (n) => n.createdAt,
    },
    page,
  );
}

export async function unreadNotificationCount(em: EntityManager, viewer: Viewer) {
  const row = await selectOne<{ count: number }>(em, 'select count(*)::int as count from notification where operator_id = ? and read_at is null', [me(viewer).id]);
  return row!.count;
}

/** Marks the given notifications of the caller read (others' ids are ignored), or all of them. */
export async function markNotificationsRead(em: EntityManager, viewer: Viewer, globalIds: readonly string[] | null | undefined) {
  const operator = me(viewer);
  if (globalIds) {
    const ids = globalIds.map((id) => idOf('Notification', id));
    if (ids.some((id) => !id)) throw operatorErrors.NOTIFICATION_NOT_FOUND('notificationIds');
    if (ids.length) await em.execute('update notification set read_at = now() where operator_id = ? and read_at is null and id in (?)', [operator.id, ids]);
  } else {
    await em.execute('update notification set read_at = now() where operator_id = ? and read_at is null', [operator.id]);
  }
  return unreadNotificationCount(em, viewer);
}

/** A notification of the viewer's own, or null. */
export async function ownNotification(em: EntityManager, viewer: Viewer, id: string) {
  return selectOne<NotificationRow>(em, 'select * from notification where id = ? and operator_id = ?', [id, me(viewer).id]);
}
