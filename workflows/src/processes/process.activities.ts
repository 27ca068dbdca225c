import { ApplicationFailure } from '@temporalio/activity';
import type { App } from '../../../api/src/context.ts';
import { RefusedCall } from '../../../api/src/processes/process-http.ts';
import type { RunStatus, RunWait, StepKind } from '../../../api/src/processes/process.entity.ts';
import {
  advanceRun, answerQuestion, endRun, handOff, httpStep, recordStep, runForWorkflow, setWaiting, startOtherProcess, steered,
} from '../../../api/src/processes/process-steps.service.ts';
import { sweepRuns } from '../../../api/src/processes/process-runs.service.ts';
import { startScheduled } from '../../../api/src/processes/process-schedules.service.ts';
import type { Steer } from './contract.ts';

// Thin: each step's rules live in the API's process-steps.service.ts, called with a fresh EntityManager fork.
export function createProcessActivities(app: App) {
  const em = () => app.orm.em.fork();
  return {
    processLoadRun: (runId: string) => runForWorkflow(em(), runId),
    processAdvance: (runId: string, start: { seq: number; blockId: string; entered: boolean }) => advanceRun(app, em(), runId, start),
    processWaiting: (runId: string, wait: RunWait, until: number | null) => setWaiting(app, em(), runId, wait, until),
    processAnswer: (runId: string, seq: number, blockId: string, messageId: string) => answerQuestion(app, em(), runId, seq, blockId, messageId),
    processHandoff: (runId: string, seq: number, blockId: string) => handOff(app, em(), runId, seq, blockId),
    processHttp: (runId: string, seq: number, blockId: string) =>
      httpStep(app, em(), runId, seq, blockId).catch((error: unknown) => {
        throw error instanceof RefusedCall ? ApplicationFailure.nonRetryable(error.message, 'PROCESS_HTTP_REFUSED') : error;
      }),
    processStartProcess: (runId: string, seq: number, blockId: string) => startOtherProcess(app, em(), runId, seq, blockId),
    processRecord: (runId: string, seq: number, step: { kind: StepKind; blockId?: string | null; detail?: string | null }) => recordStep(app, em(), runId, seq, step),
    processSteered: (runId: string, seq: number, steer: Steer) => steered(app, em(), runId, seq, steer),
    processSweep: () => sweepRuns(app, em()),
    processStartScheduled: (processId: string, triggerId: string, firingId: string) => startScheduled(app, em(), processId, triggerId, firingId),
    processEndRun: (runId: string, seq: number, end: { status: Exclude<RunStatus, 'AUTO' | 'MANUAL'>; actorId: string | null; detail?: string }) => endRun(app, em(), runId, seq, end),
  };
}

export type ProcessActivities = ReturnType<typeof createProcessActivities>;
