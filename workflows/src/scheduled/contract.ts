// What the API needs of scheduled messages: the workflow (started by reference), its id, its updates and query, and
// the rule for due times (the API checks it when scheduling, the workflow's validators when rescheduling). No Node
// built-ins: workflows import this file too.
import { defineQuery, defineUpdate } from '@temporalio/workflow';

export { scheduledMessage } from './scheduled.workflows.ts';

export const scheduledMessageWorkflowId = (messageId: string) => `scheduled-message-${messageId}`;

/** The scheduled messages' own task queue beside the main one: their bursts never queue ahead of live deliveries. */
export const scheduledTaskQueue = (taskQueue: string) => `${taskQueue}-scheduled`;

/** Who changes a scheduled message: an operator's id, or null for an API token. */
export type Actor = { actorId: string | null };

export const rescheduleUpdate = defineUpdate<void, [Actor & { dueAt: string }]>('reschedule');
export const sendNowUpdate = defineUpdate<void, [Actor]>('sendNow');
export const cancelUpdate = defineUpdate<void, [Actor]>('cancel');
/** Where the workflow is: waiting until `dueAt`, or done (sent, or cancelled, or gone from the database). */
export type ScheduledState = { state: 'pending' | 'done'; dueAt: string };
export const scheduledStateQuery = defineQuery<ScheduledState>('state');

/**
 * How long after the due time a message's own timer fires, by default: the due dispatcher (api/src/scheduled/
 * due-dispatcher.ts) sends it on the second, in a batch; the timer is the guarantee should no dispatcher have.
 */
export const timerGraceMs = 30_000;

/** How far ahead a message may be scheduled. */
export const maxScheduleAheadMs = 366 * 24 * 60 * 60 * 1000;

/** Why a due time is refused (a user error reason), or null: it must be in the future, within a year. */
export function dueTimeRefusal(dueAt: number, now: number): 'SCHEDULED_TIME_PAST' | 'SCHEDULED_TIME_TOO_FAR' | 'SCHEDULED_TIME_INVALID' | null {
  if (!Number.isFinite(dueAt)) return 'SCHEDULED_TIME_INVALID';
  if (dueAt <= now) return 'SCHEDULED_TIME_PAST';
  if (dueAt - now > maxScheduleAheadMs) return 'SCHEDULED_TIME_TOO_FAR';
  return null;
}

/** The reason a workflow gives when the message was already sent or cancelled. */
export const notPending = 'SCHEDULED_MESSAGE_NOT_PENDING';
