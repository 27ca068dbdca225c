import { ActivityFailure, proxyActivities, sleep } from '@temporalio/workflow';
import type { DeliveryActivities, Outcome } from './delivery.activities.ts';

const attempts = 10;
// One call sends a whole batch (well under a second for 500 web chat replies); a call that fails as a whole (a worker lost, a timeout) is
// tried again after 30 s, and each message is claimed in the database before it is sent (for 35 s, past the call's
// end), so a repeated call never sends one twice.
const { sendMessages } = proxyActivities<DeliveryActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds', maximumAttempts: 5 },
});
const { markFailed, enqueueStaleMessages } = proxyActivities<DeliveryActivities>({ startToCloseTimeout: '5 minutes' });

/** The wait before attempt `n + 1` of the messages a channel did not take: 1 s, 2 s, 4 s… at most 2 minutes. */
const backoffMs = (attempt: number) => Math.min(120_000, 1000 * 2 ** (attempt - 1));

/**
 * Delivers QUEUED outbound messages through their channels, a batch per workflow (a workflow per message capped
 * delivery near 50 messages/s). Messages a channel refuses for good show as FAILED with the reason at once; the
 * others are tried again with backoff, about ten minutes in all, then show as FAILED.
 */
export async function deliverMessages(messageIds: string[]): Promise<void> {
  let pending = messageIds;
  const lastReason = new Map<string, string>();
  for (let attempt = 1; pending.length > 0; attempt++) {
    let outcomes: Outcome[];
    try {
      outcomes = await sendMessages(pending);
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      outcomes = pending.map(() => 'retry');
    }
    const retry: string[] = [];
    for (const [index, outcome] of outcomes.entries()) {
      const id = pending[index]!;
      if (outcome === 'retry' || (typeof outcome === 'object' && 'retry' in outcome)) {
        retry.push(id);
        if (typeof outcome === 'object') lastReason.set(id, outcome.retry);
      }
      // Drivers word their errors for operators (no URLs, no credentials).
      else if (typeof outcome === 'object') await markFailed([id], outcome.permanent, outcome.code);
    }
    if (retry.length && attempt >= attempts) {
      for (const id of retry) {
        const last = lastReason.get(id);
        await markFailed([id], `The channel did not accept the message after ${attempts} attempts${last ? `: ${last}` : '.'}`, 'PLATFORM_ERROR');
      }
      return;
    }
    if (retry.length) await sleep(backoffMs(attempt));
    pending = retry;
  }
}

/** Run by its schedule: hands to delivery the messages stored while Temporal was unreachable (still QUEUED). */
export async function sweepQueuedMessages(): Promise<number> {
  return enqueueStaleMessages();
}
