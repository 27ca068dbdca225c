import {
  ScheduleAlreadyRunning, ScheduleNotFoundError, WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError, type Client as TemporalClient, type DayOfWeek, type ScheduleSpec,
} from '@temporalio/client';
import { backgroundCalls } from '../temporal/background-calls.ts';
import { processRun, processRunWorkflowId, processScheduleFired, processScheduleId, replySignal, steerUpdate, stepsPerHistory, type Steer } from '../../../workflows/src/processes/contract.ts';
import type { Every } from '../../../workflows/src/processes/definition.ts';
import type { RunResume } from '../../../workflows/src/processes/process.workflows.ts';

type RunRef = { id: string; processId: string; clientId: string; single: boolean; blockId?: string | null; status: string };

/** A SCHEDULE trigger as its Temporal Schedule needs it. */
export type ProcessSchedule = { triggerId: string; every: Every; timeZone: string };

/**
 * The runs' workflows (workflows/src/processes/). Starts and replies go in the background (the run row and the
 * message are committed first; the sweep starts a run whose start never reached Temporal); steering is an Update,
 * answered with the workflow's refusal reason.
 */
export type ProcessRunner = {
  start(run: RunRef): void;
  reply(run: RunRef, message: { messageId: string; text: string }): void;
  steer(run: RunRef, steer: Steer): Promise<{ refused?: string }>;
  /** Creates or updates the process's schedules in `wanted` and deletes those of the `removed` trigger ids (retried in the background if Temporal fails). */
  schedule(processId: string, wanted: readonly ProcessSchedule[], removed: readonly string[]): Promise<void>;
  close(): Promise<void>;
};

const days: readonly DayOfWeek[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'];

/** When a schedule fires: on weekdays at a time of the project's time zone, or every N hours. */
export function scheduleSpec(every: Every, timeZone: string): ScheduleSpec {
  if (every.kind === 'HOURS') return { intervals: [{ every: `${every.hours} hours` }] };
  const [hour, minute] = every.time.split(':').map(Number);
  return { calendars: [{ dayOfWeek: every.days.map((day) => days[day - 1]!), hour, minute }], timezone: timeZone };
}

/** At most `concurrency` calls at once; the others wait their turn (a slot passes straight to the next). */
function limited(concurrency: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(work: () => Promise<T>): Promise<T> => {
    if (active < concurrency) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await work();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}

const answerWithinMs = 10_000;

export function temporalProcessRunner(client: TemporalClient, taskQueue: string, options: { stepsPerHistory?: number } = {}): ProcessRunner {
  const background = backgroundCalls('processes', 9);
  // A start for 10,000 clients queues 10,000 starts: a few at a time, so Temporal is not flooded.
  const startSlot = limited(16);
  /**
   * `fresh`: the run's row has no step yet (just stored, or found so by the sweep). Its starting point then goes in
   * the workflow's input: were it read from the row by the workflow, a worker that died in the run's first task,
   * after writing its first steps, would leave the next worker to read those and number the same steps anew (a
   * message twice).
   */
  const start = async (run: RunRef, fresh: boolean) => {
    const workflowId = processRunWorkflowId(run);
    const from: RunResume | undefined = fresh ? { seq: 1, blockId: run.blockId ?? null, manual: run.status === 'MANUAL', replies: [] } : undefined;
    for (let waited = 0; ; waited++) {
      try {
        // The memo names the run row (kept across continue-as-new), so that a refused start knows whose workflow runs.
        await startSlot(() => client.workflow.start(processRun, { taskQueue, workflowId, memo: { run: run.id }, args: [run.id, from, options.stepsPerHistory ?? stepsPerHistory] }));
        return;
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
      // This run's own workflow already runs (the sweep and the first start both tried): started once. Or a
      // single-run process's earlier run of this client, its row ended a moment ago and its workflow still closing:
      // this run starts once that one has closed (else the background retries it, then the sweep).
      const handle = client.workflow.getHandle(workflowId);
      const { memo } = await handle.describe();
      if (!run.single || memo?.run === undefined || memo.run === run.id) return;
      if (waited === 2) throw new Error(`the earlier run ${String(memo.run)} of this client has not closed`);
      await client.connection.withDeadline(Date.now() + answerWithinMs, () => handle.result()).catch(() => undefined);
    }
  };
  return {
    start: (run) => background.run(`start the run ${run.id}`, () => start(run, true)),
    reply: (run, message) =>
      background.run(`pass a reply to the run ${run.id}`, async () => {
        try {
          await client.workflow.getHandle(processRunWorkflowId(run)).signal(replySignal, message);
        } catch (error) {
          if (!(error instanceof WorkflowNotFoundError)) throw error;
        }
      }),
    async steer(run, steer) {
      const update = () => client.connection.withDeadline(Date.now() + answerWithinMs, () => client.workflow.getHandle(processRunWorkflowId(run)).executeUpdate(steerUpdate, { args: [steer] }));
      try {
        await update().catch(async (error: unknown) => {
          // A run whose start is still on its way (started in the background a moment ago): start it here (once,
          // as the sweep would) and steer it then; the workflow takes the command before its first block.
          if (!(error instanceof WorkflowNotFoundError)) throw error;
          await start(run, false);
          await update();
        });
        return {};
      } catch (error) {
        if (error instanceof WorkflowUpdateFailedError) return { refused: (error.cause as { type?: string } | undefined)?.type ?? 'PROCESS_UNAVAILABLE' };
        if (error instanceof WorkflowNotFoundError) return { refused: 'PROCESS_RUN_ENDED' };
        console.warn(`[processes] ${steer.command} of ${run.id} failed`, error);
        return { refused: 'PROCESS_UNAVAILABLE' };
      }
    },
    async schedule(processId, wanted, removed) {
      const sync = async () => {
        for (const { triggerId, every, timeZone } of wanted) {
          const scheduleId = processScheduleId(processId, triggerId);
          const action = { type: 'startWorkflow' as const, workflowType: processScheduleFired, taskQueue, args: [processId, triggerId] as [string, string] };
          const spec = scheduleSpec(every, timeZone);
          try {
            // A firing still paging through its segment when the next is due: the next is skipped.
            await client.schedule.create({ scheduleId, spec, action, policies: { overlap: 'SKIP', catchupWindow: '10 minutes' } });
          } catch (error) {
            if (!(error instanceof ScheduleAlreadyRunning)) throw error;
            await client.schedule.getHandle(scheduleId).update((previous) => ({ ...previous, spec, action }));
          }
        }
        for (const triggerId of removed) {
          try {
            await client.schedule.getHandle(processScheduleId(processId, triggerId)).delete();
          } catch (error) {
            if (!(error instanceof ScheduleNotFoundError)) throw error;
          }
        }
      };
      try {
        await sync();
      } catch (error) {
        console.warn(`[processes] could not sync the schedules of ${processId}; trying again`, error);
        background.later(() => background.run(`sync the schedules of ${processId}`, sync), 1000);
      }
    },
    close: () => background.close(),
  };
}
