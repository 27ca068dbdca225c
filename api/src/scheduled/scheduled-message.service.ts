import type { EntityManager } from '@mikro-orm/postgresql';
import { dueTimeRefusal, maxScheduleAheadMs } from '../../../workflows/src/scheduled/contract.ts';
import type { App, Viewer } from '../context.ts';
import { recordEvent } from '../conversations/conversation-actions.service.ts';
import type { ConversationEventType } from '../conversations/conversation-event.entity.ts';
import { select, selectOne } from '../db/rows.ts';
import { keysetConnection, type Page } from '../graphql/connection.ts';
import { listCap } from '../limits/list-caps.ts';
import { idOf } from '../graphql/global-id.ts';
import { messageColumns, type MessageRow } from '../messages/message.entity.ts';
import { messageErrors } from '../messages/message.errors.ts';
import { maxTextLength, storeOperatorMessage } from '../messages/message.service.ts';
import { announce, inboxEvent } from '../pubsub/outbox.ts';
import { fillTemplate } from '../quick-replies/quick-reply-template.ts';
import { templateValues } from '../quick-replies/quick-reply.service.ts';
import { scheduledErrors } from './scheduled-message.errors.ts';

const maxDaysAhead = Math.floor(maxScheduleAheadMs / 86_400_000);

/** The user error of a refusal reason given by the due-time rule or by the workflow. */
function refusal(reason: string, field: string) {
  if (reason === 'SCHEDULED_TIME_TOO_FAR') return scheduledErrors.SCHEDULED_TIME_TOO_FAR(field, { days: maxDaysAhead });
  if (reason === 'SCHEDULED_TIME_PAST' || reason === 'SCHEDULED_TIME_INVALID' || reason === 'SCHEDULED_MESSAGE_NOT_PENDING') return scheduledErrors[reason](field);
  return scheduledErrors.SCHEDULED_UNAVAILABLE(field);
}

function checkDueTime(sendAt: Date) {
  const reason = dueTimeRefusal(sendAt.getTime(), Date.now());
  if (reason) throw refusal(reason, 'sendAt');
}

type ScheduleInput = Parameters<typeof storeOperatorMessage>[3] & { sendAt: Date };

/**
 * A reply to send later: stored as SCHEDULED (its due time is its place in the timeline), with a timeline event,
 * then its workflow started in the background. At most `maxScheduledPerConversation` wait in one conversation.
 */
export async function scheduleMessage(app: App, em: EntityManager, viewer: Viewer, input: ScheduleInput) {
  checkDueTime(input.sendAt);
  const max = app.limits.maxScheduledPerConversation;
  const { message, created } = await storeOperatorMessage(app, em, viewer, input, {
    at: input.sendAt,
    async inTransaction(tx, stored) {
      // The conversation's lock makes two schedules at once count each other.
      await tx.execute('select id from conversation where id = ? for update', [stored.conversationId]);
      const pending = await selectOne<{ n: number }>(tx, `select count(*)::int as n from message where conversation_id = ? and status = 'SCHEDULED'`, [
        stored.conversationId,
      ]);
      if (pending!.n > max) throw scheduledErrors.SCHEDULED_LIMIT('conversationId', { max });
      const eventId = await recordEvent(tx, conversationOf(stored), viewer.operator?.id ?? null, { type: 'MESSAGE_SCHEDULED', messageId: stored.id, scheduledAt: input.sendAt });
      await announce(tx, ...inboxEvent(stored.projectId, { kind: 'CONVERSATION_UPDATED', conversationId: stored.conversationId, eventId }));
    },
  });
  if (created) app.scheduler.start(message.id, input.sendAt);
  return message;
}

const conversationOf = (message: Pick<MessageRow, 'conversationId' | 'projectId'>) => ({ id: message.conversationId, projectId: message.projectId });

/** A scheduled message's events: it was added to the timeline (or changed there), and its timeline event. */
function messageEvents(message: Pick<MessageRow, 'id' | 'conversationId' | 'projectId'>, eventId?: string, added = true) {
  const kind = added ? 'MESSAGE_ADDED' : 'MESSAGE_STATUS_CHANGED';
  return [
    ...inboxEvent(message.projectId, { kind, conversationId: message.conversationId, messageId: message.id }),
    ...(eventId ? inboxEvent(message.projectId, { kind: 'CONVERSATION_UPDATED', conversationId: message.conversationId, eventId }) : []),
  ];
}

const readMessage = (em: EntityManager, id: string) => selectOne<MessageRow>(em, `select ${messageColumns()} from message where id = ?`, [id]);

/** Reschedule, send now or cancel, through the message's workflow (which validates it); answers the message after. */
export async function changeScheduled(app: App, em: EntityManager, viewer: Viewer, messageGlobalId: string, change: { sendAt: Date } | 'sendNow' | 'cancel') {
  const id = idOf('Message', messageGlobalId);
  const message = id && (await selectOne<MessageRow>(em, `select ${messageColumns()} from message where id = ? and project_id = ?`, [id, viewer.project.id]));
  if (!message) throw messageErrors.MESSAGE_NOT_FOUND('messageId');
  if (message.status !== 'SCHEDULED') throw scheduledErrors.SCHEDULED_MESSAGE_NOT_PENDING('messageId');
  const actorId = viewer.operator?.id ?? null;
  if (typeof change === 'object') checkDueTime(change.sendAt);
  const { refused } = await app.scheduler.change(
    message.id,
    message.scheduledAt!,
    typeof change === 'object' ? { kind: 'reschedule', dueAt: change.sendAt.toISOString(), actorId } : { kind: change, actorId },
  );
  if (refused) throw refusal(refused, typeof change === 'object' ? 'sendAt' : 'messageId');
  return (await readMessage(em, message.id))!;
}

/** Changes a SCHEDULED message with its timeline event, in one transaction; false when it is no longer SCHEDULED. */
async function changePending(app: App, em: EntityManager, messageId: string, set: string, params: unknown[], event: { type: ConversationEventType; actorId: string | null; scheduledAt?: Date }) {
  const changed = await em.transactional(async (tx) => {
    const message = await selectOne<MessageRow>(tx, `update message set ${set} where id = ? and status = 'SCHEDULED' returning ${messageColumns()}`, [...params, messageId]);
    if (!message) return null;
    const eventId = await recordEvent(tx, conversationOf(message), event.actorId, { type: event.type, messageId, scheduledAt: event.scheduledAt ?? null });
    await announce(tx, ...messageEvents(message, eventId, false));
    return message;
  });
  return changed !== null;
}

/** Moves a SCHEDULED message's due time (and its place in the timeline). */
export const rescheduleScheduled = (app: App, em: EntityManager, messageId: string, dueAt: Date, actorId: string | null) =>
  changePending(app, em, messageId, 'scheduled_at = ?, created_at = ?', [dueAt, dueAt], { type: 'MESSAGE_RESCHEDULED', actorId, scheduledAt: dueAt });

/** Cancels a SCHEDULED message: it stays in the timeline, where it was cancelled, never sent. */
export const cancelScheduled = (app: App, em: EntityManager, messageId: string, actorId: string | null) =>
  changePending(app, em, messageId, `status = 'CANCELLED', created_at = ?`, [new Date()], { type: 'MESSAGE_SCHEDULE_CANCELLED', actorId });

type Fired = Pick<MessageRow, 'id' | 'status' | 'text' | 'conversationId' | 'projectId'> & { clientId: string; authorName: string | null; projectName: string };

// The workflow's timer and the database's clock may differ by a little.
const clockSlackMs = 1000;

/** Marks the due dispatcher's polling statement (every 250 ms), which tests counting a request's statements leave out. */
export const dispatcherSqlTag = '/* due dispatcher */';

/**
 * Hands SCHEDULED messages to delivery: those due (at most `limit`, soonest first; a batch of the dispatcher), or the
 * given `ids` when due, or at once with `now` (Send now). Each becomes QUEUED, placed at this moment in the timeline
 * and made its conversation's last message, its `#{variables}` filled; a client blocked or deleted by then gets
 * nothing: FAILED, with the reason. Once only: the row locks (skipping those another batch holds) and the status
 * decide between the dispatcher, the workflow's timer and Send now. Answers the ids it fired.
 */
export async function fireScheduledMessages(app: App, em: EntityManager, which: { ids?: string[]; now?: { actorId: string | null }; limit?: number }) {
  const at = new Date();
  const fired = await em.transactional(async (tx) => {
    const messages = await select<Fired>(
      tx,
      `${which.ids || which.now ? '' : dispatcherSqlTag} with due as (
         select id from message where status = 'SCHEDULED' ${which.ids ? 'and id in (?)' : ''} ${which.now ? '' : 'and scheduled_at <= ?'}
         order by scheduled_at limit ? for update skip locked
       )
       update message m set created_at = ?,
         status = case when cl.blocked_at is not null or cl.deleted_at is not null then 'FAILED' else 'QUEUED' end,
         failure_reason = case when cl.blocked_at is not null then ? when cl.deleted_at is not null then ? end
       from due, conversation c, client cl, project p
       where m.id = due.id and c.id = m.conversation_id and cl.id = c.client_id and p.id = m.project_id
       returning m.id, m.status, m.text, m.conversation_id, m.project_id, c.client_id, p.name as project_name,
         (select name from operator where id = m.author_id) as author_name`,
      [
        ...(which.ids ? [which.ids] : []),
        // The workflow's timer may run a little ahead of this clock; the dispatcher goes by this clock alone.
        ...(which.now ? [] : [new Date(at.getTime() + (which.ids ? clockSlackMs : 0))]),
        which.limit ?? which.ids?.length ?? 1,
        at,
        'The client is blocked: nothing was sent.',
        'The client was deleted: nothing was sent.',
      ],
    );
    if (!messages.length) return messages;
    for (const message of messages.filter((m) => m.text.includes('#{'))) {
      const values = await templateValues(tx, message.clientId, { operator: message.authorName, project: message.projectName });
      await tx.execute('update message set text = ? where id = ?', [fillTemplate(message.text, values).text.slice(0, maxTextLength), message.id]);
    }
    await tx.execute(
      `update conversation c set last_message_id = case when c.last_activity_at <= ? then x.id else c.last_message_id end,
         last_activity_at = greatest(c.last_activity_at, ?)
       from (select distinct on (conversation_id) conversation_id, id from message where id in (?) order by conversation_id, id desc) x
       where c.id = x.conversation_id`,
      [at, at, messages.map((m) => m.id)],
    );
    const events = [];
    for (const message of messages) {
      const eventId = which.now ? await recordEvent(tx, conversationOf(message), which.now.actorId, { type: 'MESSAGE_SENT_NOW', messageId: message.id }) : undefined;
      events.push(...messageEvents(message, eventId));
    }
    await announce(tx, ...events);
    return messages;
  });
  const queued = fired.filter((m) => m.status === 'QUEUED').map((m) => m.id);
  // Committed: handed to delivery in batches now; what Temporal does not take, the QUEUED sweep hands over later.
  if (queued.length) await app.deliveryQueue.enqueue(queued).catch((error: unknown) => console.warn('[scheduled] delivery will be swept', error));
  return fired.map((m) => m.id);
}

/**
 * The workflow's step: fires the message when it is due (or at once with `now`); `pendingUntil` when the database
 * holds a later due time (moved meanwhile), so the workflow waits on.
 */
export async function fireScheduled(app: App, em: EntityManager, messageId: string, how: { actorId: string | null; now: boolean }): Promise<{ fired: boolean; pendingUntil?: string }> {
  const fired = await fireScheduledMessages(app, em, { ids: [messageId], now: how.now ? { actorId: how.actorId } : undefined });
  if (fired.length) return { fired: true };
  const current = await selectOne<{ status: string; scheduledAt: Date | null }>(em, 'select status, scheduled_at from message where id = ?', [messageId]);
  return current?.status === 'SCHEDULED' ? { fired: false, pendingUntil: current.scheduledAt!.toISOString() } : { fired: false };
}

/** A client's pending scheduled messages in all their conversations, soonest first. */
export const clientScheduledMessages = (em: EntityManager, clientId: string) =>
  select<MessageRow>(
    em,
    `select ${messageColumns('m')} from message m join conversation c on c.id = m.conversation_id
     where c.client_id = ? and m.status = 'SCHEDULED' order by m.scheduled_at, m.id limit ?`,
    [clientId, listCap('Client.scheduledMessages')],
  );

/** The project's pending scheduled messages, soonest first, by author and due time. */
export function projectScheduledMessages(em: EntityManager, viewer: Viewer, filter: { authorId?: string | null; dueFrom?: Date | null; dueBefore?: Date | null }, page: Page) {
  const where = [`project_id = ? and status = 'SCHEDULED'`];
  const params: unknown[] = [viewer.project.id];
  const and = (condition: string, value: unknown) => {
    where.push(condition);
    params.push(value);
  };
  if (filter.authorId) and('author_id = ?', idOf('Operator', filter.authorId));
  if (filter.dueFrom) and('scheduled_at >= ?', filter.dueFrom);
  if (filter.dueBefore) and('scheduled_at < ?', filter.dueBefore);
  return keysetConnection<MessageRow>(
    em,
    { name: 'scheduledMessages', from: 'message', columns: messageColumns(), where: where.join(' and '), params, column: 'scheduled_at', at: (m) => m.scheduledAt!, order: 'asc' },
    page,
  );
}

/** SCHEDULED messages whose workflow should have sent them a minute ago: their workflows are started (again). */
export async function startOverdueSchedules(app: App, em: EntityManager) {
  const overdue = await select<{ id: string; scheduledAt: Date }>(
    em,
    `select id, scheduled_at from message where status = 'SCHEDULED' and scheduled_at < ? order by scheduled_at limit 1000`,
    [new Date(Date.now() - 60_000)],
  );
  for (const message of overdue) app.scheduler.start(message.id, message.scheduledAt);
  return overdue.length;
}
