import { ScheduleAlreadyRunning, type Client as TemporalClient } from '@temporalio/client';

export const autoCloseEveryMinutes = 10;

// Every schedule: its id (after the prefix), how often, and the workflow it starts.
export const schedules = [
  { id: 'auto-close-conversations', every: `${autoCloseEveryMinutes} minutes`, workflowType: 'closeInactiveConversations' },
  { id: 'notify-due-tasks', every: '1 minute', workflowType: 'notifyDueTasks' },
  { id: 'purge-deleted-clients', every: '1 hour', workflowType: 'purgeDeletedClients' },
  { id: 'purge-stale-uploads', every: '1 hour', workflowType: 'purgeStaleUploads' },
] as const;

/**
 * The recurring jobs live in Temporal as schedules, not as timers in an API process: they run once however many
 * nodes there are, and survive restarts. Safe to call from every process start. Answers the auto-close
 * schedule's id (the others are the same prefix and their own id).
 */
export async function ensureSchedules(client: TemporalClient, options: { taskQueue: string; idPrefix?: string }) {
  for (const schedule of schedules) {
    try {
      await client.schedule.create({
        scheduleId: `${options.idPrefix ?? ''}${schedule.id}`,
        spec: { intervals: [{ every: schedule.every }] },
        action: { type: 'startWorkflow', workflowType: schedule.workflowType, taskQueue: options.taskQueue, args: [] },
        // A run still going when the next is due: skip the next, never pile up.
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
