import { ActivityFailure, continueAsNew, proxyActivities, sleep, workflowInfo } from '@temporalio/workflow';
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
 * others are tried again with backoff, about ten minutes of attempts in all, then show as FAILED. A message waiting
 * for its turn in the channel's pace (a bot's long backlog) comes back when its turn is due, and that wait is not an
 * attempt. `tried` carries each message's attempts across a continue-as-new.
 */
export async function deliverMessages(messageIds: string[], tried: Record<string, number> = {}): Promise<void> {
  const attemptsOf = new Map(Object.entries(tried));
  const lastReason = new Map<string, string>();
  // Each message still to send, and when it is due (workflow time, deterministic on replay).
  const due = new Map(messageIds.map((id) => [id, 0]));
  while (due.size > 0) {
    const pending = [...due].filter(([, at]) => at <= Date.now()).map(([id]) => id);
    let outcomes: Outcome[];
    try {
      outcomes = await sendMessages(pending);
    } catch (error) {
      if (!(error instanceof ActivityFailure)) throw error;
      outcomes = pending.map(() => 'retry');
    }
    for (const [index, outcome] of outcomes.entries()) {
      const id = pending[index]!;
      due.delete(id);
      if (typeof outcome === 'object' && 'paced' in outcome) due.set(id, Date.now() + outcome.paced);
      else if (outcome === 'retry' || (typeof outcome === 'object' && 'retry' in outcome)) {
        const attempt = (attemptsOf.get(id) ?? 0) + 1;
        attemptsOf.set(id, attempt);
        if (typeof outcome === 'object') lastReason.set(id, outcome.retry);
        if (attempt < attempts) due.set(id, Date.now() + backoffMs(attempt));
        else {
          const last = lastReason.get(id);
          await markFailed([id], `The channel did not accept the message after ${attempts} attempts${last ? `: ${last}` : '.'}`, 'PLATFORM_ERROR');
        }
      }
      // Drivers word their errors for operators (no URLs, no credentials).
      else if (typeof outcome === 'object') await markFailed([id], outcome.permanent, outcome.code);
    }
    if (!due.size) return;
    // A long wait behind a pace may take many rounds: the history starts afresh when it grows long.
    if (workflowInfo().continueAsNewSuggested) {
      return continueAsNew<typeof deliverMessages>([...due.keys()], Object.fromEntries([...attemptsOf].filter(([id]) => due.has(id))));
    }
    await sleep(Math.max(100, Math.min(...due.values()) - Date.now()));
  }
}

/** Run by its schedule: hands to delivery the messages stored while Temporal was unreachable (still QUEUED). */
export async function sweepQueuedMessages(): Promise<number> {
  return enqueueStaleMessages();
}
