// What the API needs of business-process runs: the workflow (started by reference), its id, the client's reply as a
// signal, the operator's steering as an update (validated in the workflow), and the run's state as a query. No
// Node built-ins: workflows import this file too.
import { defineQuery, defineSignal, defineUpdate } from '@temporalio/workflow';

export { processRun, processScheduleFired } from './process.workflows.ts';

/**
 * One run per client and process (`process-<process>-<client>`) unless the process allows a client in it more than
 * once at a time (then per run): Temporal refuses a second one while the first runs.
 */
export const processRunWorkflowId = (run: { id: string; processId: string; clientId: string; single: boolean }) =>
  run.single ? `process-${run.processId}-${run.clientId}` : `process-run-${run.id}`;

/** The client's message, while the run may be waiting for an answer (or a button press, which arrives as its text). */
export const replySignal = defineSignal<[{ messageId: string; text: string }]>('reply');

export type SteerCommand = 'MANUAL' | 'AUTO' | 'MOVE' | 'STOP' | 'RESCHEDULE';
/**
 * AUTO / MOVE: `blockId` is where to go. RESCHEDULE (and STOP with a `blockId`): the DELAY block the run must still
 * wait at, so that a card's stale pending send changes nothing; RESCHEDULE's `until` (ISO) is the delay's new end
 * (now or earlier: at once).
 */
export type Steer = { command: SteerCommand; blockId: string | null; actorId: string | null; until?: string | null };
export const steerUpdate = defineUpdate<void, [Steer]>('steer');

export type RunState = { status: 'AUTO' | 'MANUAL' | 'ENDED'; blockId: string | null };
export const runStateQuery = defineQuery<RunState>('state');

/** The reasons a steering update is refused with (user error reasons of schema/process.graphql). */
export const refusals = { ended: 'PROCESS_RUN_ENDED', noBlock: 'PROCESS_BLOCK_NOT_FOUND', notAtDelay: 'PROCESS_NOT_AT_DELAY', badTime: 'PROCESS_DELAY_TIME_INVALID' } as const;

/** Steps after which a run continues as new: its history stays far below Temporal's limits. */
export const stepsPerHistory = 200;

/** A process's SCHEDULE trigger's Temporal Schedule (one per process and trigger id). */
export const processScheduleId = (processId: string, triggerId: string) => `process-schedule-${processId}-${triggerId}`;
