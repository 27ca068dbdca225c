import { WorkflowExecutionAlreadyStartedError, type Client as TemporalClient } from '@temporalio/client';
import { clientJobWorkflowId, runClientJob } from '../../../workflows/src/client-jobs/contract.ts';

/** Hands a CSV import or export to durable execution. Safe to call twice for one job. */
export type JobQueue = { start(jobId: string): Promise<void> };

export function temporalJobQueue(client: TemporalClient, taskQueue: string): JobQueue {
  return {
    async start(jobId) {
      try {
        await client.workflow.start(runClientJob, { taskQueue, workflowId: clientJobWorkflowId(jobId), args: [jobId] });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    },
  };
}
