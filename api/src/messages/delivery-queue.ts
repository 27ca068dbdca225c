import { WorkflowExecutionAlreadyStartedError, type Client as TemporalClient } from '@temporalio/client';
import { deliverMessage, deliverMessageWorkflowId } from '../../../workflows/src/delivery/contract.ts';

/** Hands a stored, QUEUED outbound message to durable delivery. Safe to call twice for one message. */
export type DeliveryQueue = { enqueue(messageId: string): Promise<void> };

export function temporalDeliveryQueue(client: TemporalClient, taskQueue: string): DeliveryQueue {
  return {
    async enqueue(messageId) {
      try {
        await client.workflow.start(deliverMessage, {
          taskQueue,
          workflowId: deliverMessageWorkflowId(messageId),
          args: [messageId],
        });
      } catch (error) {
        // The same message enqueued again (a retry, the sweep): the running workflow already owns it.
        if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
      }
    },
  };
}
