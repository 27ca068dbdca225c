import { WorkflowExecutionAlreadyStartedError, type Client as TemporalClient } from '@temporalio/client';
import { deliverMessage, deliverMessageWorkflowId } from '../../../workflows/src/delivery/contract.ts';

/**
 * Hands stored, QUEUED outbound messages to durable delivery. `enqueue` starts the delivery now (safe twice for one
 * message); `handOver` does it in the background, retrying for a few minutes while Temporal is unreachable, so that a
 * request never waits for Temporal: the message is committed as QUEUED before, and the sweep schedule takes over
 * whatever a node could not hand over (a node that died meanwhile included). `close` drops the pending retries.
 */
export type DeliveryQueue = { enqueue(messageId: string): Promise<void>; handOver(messageId: string): void; close(): void };

const retryDelayMs = (attempt: number) => Math.min(30_000, 1000 * 2 ** attempt);
const maxAttempts = 10;

export function temporalDeliveryQueue(client: TemporalClient, taskQueue: string): DeliveryQueue {
  const timers = new Set<NodeJS.Timeout>();
  let closed = false;

  async function enqueue(messageId: string) {
    try {
      await client.workflow.start(deliverMessage, { taskQueue, workflowId: deliverMessageWorkflowId(messageId), args: [messageId] });
    } catch (error) {
      // The same message enqueued again (a retry, the sweep): the running workflow already owns it.
      if (!(error instanceof WorkflowExecutionAlreadyStartedError)) throw error;
    }
  }

  function handOver(messageId: string, attempt = 0) {
    if (closed) return;
    enqueue(messageId).catch((error: unknown) => {
      if (closed) return;
      if (attempt + 1 >= maxAttempts) {
        console.error(`[delivery] could not hand message ${messageId} to Temporal; the sweep schedule will`, error);
        return;
      }
      const timer = setTimeout(() => {
        timers.delete(timer);
        handOver(messageId, attempt + 1);
      }, retryDelayMs(attempt));
      timer.unref();
      timers.add(timer);
    });
  }

  return {
    enqueue,
    handOver,
    close() {
      closed = true;
      for (const timer of timers) clearTimeout(timer);
    },
  };
}
