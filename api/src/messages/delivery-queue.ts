import { randomBytes } from 'node:crypto';
import type { Client as TemporalClient } from '@temporalio/client';
import { deliverMessages, deliverMessagesWorkflowId } from '../../../workflows/src/delivery/contract.ts';
import { backgroundCalls } from '../temporal/background-calls.ts';

/**
 * Hands stored, QUEUED outbound messages to durable delivery, in batches (one workflow per batch). `enqueue` starts
 * the delivery of some messages now; `handOver` gathers messages for a few milliseconds and starts their batch in the
 * background, retrying for a few minutes while Temporal is unreachable, so that a request never waits for Temporal:
 * the message is committed as QUEUED before, and the sweep schedule takes over whatever a node could not hand over
 * (a node that died meanwhile included). `close` drops what is still waiting.
 */
export type DeliveryQueue = { enqueue(messageIds: readonly string[]): Promise<void>; handOver(messageId: string): void; close(): Promise<void> };

// A batch is a few statements whatever its size; fewer, larger batches spare Temporal's tasks: 10,000 replies falling
// due at once went out with p99 1.35 s in batches of 500, 3.9–5.4 s in batches of 100 (npm run bench, BENCH_ONLY=scheduled).
export const deliveryBatchSize = 500;
// How long handOver gathers messages into one batch: a reply waits at most this before its delivery starts. At 20 ms,
// 350 replies a second made 50 small workflows a second, more than a worker here gets through (npm run bench,
// BENCH_ONLY=faults: delivery fell a minute behind); at 100 ms they are 10 batches of 35.
const gatherMs = 100;

export function temporalDeliveryQueue(client: TemporalClient, taskQueue: string): DeliveryQueue {
  const background = backgroundCalls('delivery', 10);
  let gathered: string[] = [];

  // The batches' workflows are started together: a thousand replies fired at once are ten round trips at once.
  async function enqueue(messageIds: readonly string[]) {
    const batches: string[][] = [];
    for (let start = 0; start < messageIds.length; start += deliveryBatchSize) batches.push(messageIds.slice(start, start + deliveryBatchSize));
    await Promise.all(
      batches.map((batch) =>
        client.workflow.start(deliverMessages, { taskQueue, workflowId: deliverMessagesWorkflowId(batch[0]!, randomBytes(4).toString('hex')), args: [batch] }),
      ),
    );
  }

  function flush() {
    const batch = gathered;
    gathered = [];
    background.run(`hand ${batch.length} message(s) to Temporal`, () => enqueue(batch));
  }

  return {
    enqueue,
    handOver(messageId) {
      if (background.closed) return;
      gathered.push(messageId);
      if (gathered.length >= deliveryBatchSize) flush();
      else if (gathered.length === 1) background.later(() => gathered.length && flush(), gatherMs);
    },
    close() {
      gathered = [];
      return background.close();
    },
  };
}
