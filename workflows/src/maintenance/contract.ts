import { ScheduleAlreadyRunning, type Client as TemporalClient } from '@temporalio/client';
import { sweepQueuedMessages } from '../delivery/delivery.workflows.ts';
import { sweepOverdueSchedules } from '../scheduled/scheduled.workflows.ts';
import { sweepProcessRuns } from '../processes/process.workflows.ts';
import { sweepWebhooks } from '../webhooks/webhook.workflows.ts';
import { closeInactiveConversations, notifyDueTasks, purgeDeletedClients, purgeInboundEvents, purgeStaleUploads, purgeStreamEvents } from './maintenance.workflows.ts';

// The recurring jobs, as Temporal schedules rather than timers in an API or worker process: they run once however
// many nodes there are, survive restarts, and a run still going when the next is due makes Temporal skip the next
// (overlap SKIP), so a backlog never multiplies the work. What api/ imports from here: the table and how to keep it.

export const autoCloseEveryMinutes = 10;

// Every schedule: its id (after the prefix), how often, and the workflow it starts (by reference).
export const schedules = [
  { id: 'auto-close-conversations', every: `${autoCloseEveryMinutes} minutes`, workflow: closeInactiveConversations },
  { id: 'notify-due-tasks', every: '1 minute', workflow: notifyDueTasks },
  { id: 'purge-deleted-clients', every: '1 hour', workflow: purgeDeletedClients },
  { id: 'purge-stale-uploads', every: '1 hour', workflow: purgeStaleUploads },
  { id: 'purge-inbound-events', every: '1 hour', workflow: purgeInboundEvents },
  { id: 'purge-stream-events', every: '1 hour', workflow: purgeStreamEvents },
  // Messages stored while Temporal was unreachable are handed to delivery once it is back.
  { id: 'sweep-queued-messages', every: '1 minute', workflow: sweepQueuedMessages },
  // Scheduled messages whose workflow could not be started (Temporal unreachable then) get one.
  { id: 'sweep-overdue-schedules', every: '1 minute', workflow: sweepOverdueSchedules },
  // Business-process runs whose start, or a client's answer to them, never reached Temporal.
  { id: 'sweep-process-runs', every: '1 minute', workflow: sweepProcessRuns },
  // Outgoing webhook deliveries whose hand-over never reached Temporal; log entries past 30 days.
  { id: 'sweep-webhooks', every: '1 minute', workflow: sweepWebhooks },
] as const;

/** Creates the schedules that are missing; safe to call from every process start. Answers the auto-close one's id. */
export async function ensureSchedules(client: TemporalClient, options: { taskQueue: string; idPrefix?: string }) {
  for (const schedule of schedules) {
    try {
      await client.schedule.create({
        scheduleId: `${options.idPrefix ?? ''}${schedule.id}`,
        spec: { intervals: [{ every: schedule.every }] },
        action: { type: 'startWorkflow', workflowType: schedule.workflow, taskQueue: options.taskQueue, args: [] },
        policies: { overlap: 'SKIP', catchupWindow: '1 minute' },
      });
    } catch (error) {
      if (!(error instanceof ScheduleAlreadyRunning)) throw error;
    }
  }
  return `${options.idPrefix ?? ''}${schedules[0].id}`;
}

/** Ensures the schedules now, or, while Temporal is unreachable, every 30 s until it worked. Answers a stop. */
export function keepSchedules(client: TemporalClient, options: { taskQueue: string }) {
  let timer: NodeJS.Timeout | undefined;
  const attempt = () =>
    ensureSchedules(client, options).catch((error: unknown) => {
      console.warn(`[schedules] Temporal is not reachable (${(error as Error).message}); trying again in 30 s`);
      timer = setTimeout(attempt, 30_000);
      timer.unref();
    });
  void attempt();
  return async () => clearTimeout(timer);
}
