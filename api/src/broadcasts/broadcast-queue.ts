import { WorkflowExecutionAlreadyStartedError, WorkflowNotFoundError, type Client as TemporalClient } from '@temporalio/client';
import { broadcastSignals, broadcastWorkflowId, runBroadcast } from '../../../workflows/src/broadcasts/contract.ts';
import type { BroadcastControl } from './broadcast.service.ts';

/** Hands a broadcast to its workflow and passes it pause, resume and cancel. Safe to call twice. */
export type BroadcastQueue = { start(broadcastId: string, sendAt: Date | null): Promise<void>; signal(broadcastId: string, control: BroadcastControl): Promise<void> };

export function temporalBroadcastQueue(client: TemporalClient, taskQueue: string): BroadcastQueue {
  return {
    async start(broadcastId, sendAt) {
      try {
        await client.workflow.start(runBroadcast, {
          taskQueue,
          workflowId: broadcastWorkflowId(broadcastId),
          args: [{ broadcastId, sendAt: sendAt?.getTime() ?? null }],
        });
      } catch (error) {
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    },
    async signal(broadcastId, control) {
      try {
        await client.workflow.getHandle(broadcastWorkflowId(broadcastId)).signal(broadcastSignals[control]);
      } catch (error) {
        // A finished workflow needs no signal: the row already says what happened.
        if (!(error instanceof WorkflowNotFoundError)) throw error;
      }
    },
  };
}
