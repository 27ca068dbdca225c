import { WithStartWorkflowOperation, WorkflowUpdateFailedError, type Client as TemporalClient } from '@temporalio/client';
import { backgroundCalls } from '../temporal/background-calls.ts';
import {
  cancelUpdate, rescheduleUpdate, scheduledMessage, scheduledMessageWorkflowId, scheduledTaskQueue, sendNowUpdate, timerGraceMs, type Actor,
} from '../../../workflows/src/scheduled/contract.ts';

/**
 * The scheduled messages' workflows (one per message, see workflows/src/scheduled/). `start` runs in the background
 * (the message is committed as SCHEDULED first; the sweep starts any workflow a node could not); the changes are
 * workflow Updates, started with the workflow when it is missing, answered with the workflow's refusal reason.
 */
export type Scheduler = {
  start(messageId: string, dueAt: Date): void;
  change(messageId: string, dueAt: Date, change: Change): Promise<{ refused?: string }>;
  close(): Promise<void>;
};
export type Change = ({ kind: 'reschedule'; dueAt: string } | { kind: 'sendNow' } | { kind: 'cancel' }) & Actor;

// How long a change may wait for Temporal before the operator is told to try again.
const answerWithinMs = 10_000;
const unavailable = 'SCHEDULED_UNAVAILABLE';

export function temporalScheduler(client: TemporalClient, taskQueue: string, options: { timerGraceMs?: number } = {}): Scheduler {
  const background = backgroundCalls('scheduled', 9);
  const graceMs = options.timerGraceMs ?? timerGraceMs;
  const startOptions = (messageId: string, dueAt: Date) => ({
    taskQueue: scheduledTaskQueue(taskQueue),
    workflowId: scheduledMessageWorkflowId(messageId),
    args: [messageId, dueAt.toISOString(), graceMs] as [string, string, number],
    workflowIdConflictPolicy: 'USE_EXISTING' as const,
  });

  function start(messageId: string, dueAt: Date) {
    // Delayed until its timer would fire: Temporal keeps it durably meanwhile and no worker spends a task on it (10,000
    // waiting messages took a worker here minutes of workflow tasks); an Update starts it at once.
    background.run(`start the workflow of ${messageId}`, () =>
      client.workflow.start(scheduledMessage, { ...startOptions(messageId, dueAt), startDelay: Math.max(0, dueAt.getTime() + graceMs - Date.now()) }),
    );
  }

  return {
    start,
    async change(messageId, dueAt, change) {
      const startWorkflowOperation = new WithStartWorkflowOperation(scheduledMessage, startOptions(messageId, dueAt));
      try {
        return await client.connection.withDeadline(Date.now() + answerWithinMs, () => update(startWorkflowOperation, change));
      } catch (error) {
        // The workflow's validator or handler refused: its failure's type is our refusal reason.
        if (error instanceof WorkflowUpdateFailedError) return { refused: (error.cause as { type?: string } | undefined)?.type ?? unavailable };
        console.warn(`[scheduled] ${change.kind} of ${messageId} failed`, error);
        return { refused: unavailable };
      }
    },
    close: () => background.close(),
  };

  async function update(startWorkflowOperation: WithStartWorkflowOperation<typeof scheduledMessage>, change: Change) {
    if (change.kind === 'reschedule') {
      await client.workflow.executeUpdateWithStart(rescheduleUpdate, { args: [{ dueAt: change.dueAt, actorId: change.actorId }], startWorkflowOperation });
    } else {
      await client.workflow.executeUpdateWithStart(change.kind === 'sendNow' ? sendNowUpdate : cancelUpdate, { args: [{ actorId: change.actorId }], startWorkflowOperation });
    }
    return {};
  }
}
