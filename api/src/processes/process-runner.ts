import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, WorkflowUpdateFailedError, type Client as TemporalClient } from '@temporalio/client';
import { backgroundCalls } from '../temporal/background-calls.ts';
import { processRun, processRunWorkflowId, replySignal, steerUpdate, stepsPerHistory, type Steer } from '../../../workflows/src/processes/contract.ts';

type RunRef = { id: string; processId: string; clientId: string; single: boolean };

/**
 * The runs' workflows (workflows/src/processes/). Starts and replies go in the background (the run row and the
 * message are committed first; the sweep starts a run whose start never reached Temporal); steering is an Update,
 * answered with the workflow's refusal reason.
 */
export type ProcessRunner = {
  start(run: RunRef): void;
  reply(run: RunRef, message: { messageId: string; text: string }): void;
  steer(run: RunRef, steer: Steer): Promise<{ refused?: string }>;
  close(): void;
};

const answerWithinMs = 10_000;

export function temporalProcessRunner(client: TemporalClient, taskQueue: string, options: { stepsPerHistory?: number } = {}): ProcessRunner {
  const background = backgroundCalls('processes', 9);
  const start = async (run: RunRef) => {
    try {
      await client.workflow.start(processRun, { taskQueue, workflowId: processRunWorkflowId(run), args: [run.id, undefined, options.stepsPerHistory ?? stepsPerHistory] });
    } catch (error) {
      // A single-run process's workflow of this client already runs: this run row is its twin, started once.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  };
  return {
    start: (run) => background.run(`start the run ${run.id}`, () => start(run)),
    reply: (run, message) =>
      background.run(`pass a reply to the run ${run.id}`, async () => {
        try {
          await client.workflow.getHandle(processRunWorkflowId(run)).signal(replySignal, message);
        } catch (error) {
          if (!(error instanceof WorkflowNotFoundError)) throw error;
        }
      }),
    async steer(run, steer) {
      try {
        await client.connection.withDeadline(Date.now() + answerWithinMs, () => client.workflow.getHandle(processRunWorkflowId(run)).executeUpdate(steerUpdate, { args: [steer] }));
        return {};
      } catch (error) {
        if (error instanceof WorkflowUpdateFailedError) return { refused: (error.cause as { type?: string } | undefined)?.type ?? 'PROCESS_UNAVAILABLE' };
        if (error instanceof WorkflowNotFoundError) return { refused: 'PROCESS_RUN_ENDED' };
        console.warn(`[processes] ${steer.command} of ${run.id} failed`, error);
        return { refused: 'PROCESS_UNAVAILABLE' };
      }
    },
    close: background.close,
  };
}
