import { ActivityFailure, ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import type { DeliveryActivities } from './delivery.activities.ts';

const attempts = 10;
const { sendThroughChannel } = proxyActivities<DeliveryActivities>({
  startToCloseTimeout: '30 seconds',
  // A messenger that is down gets about ten minutes of backoff before the message shows as failed.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '2 minutes', maximumAttempts: attempts },
});
const { markFailed, enqueueStaleMessages } = proxyActivities<DeliveryActivities>({ startToCloseTimeout: '5 minutes' });

/** Delivers one QUEUED outbound message through its channel; started with id `deliver-message-<id>`. */
export async function deliverMessage(messageId: string): Promise<void> {
  try {
    await sendThroughChannel(messageId);
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    // Only our own permanent reasons are shown to operators: a raw driver error may carry URLs or credentials.
    const { cause } = error;
    const permanent = cause instanceof ApplicationFailure && cause.type === 'PermanentDeliveryError';
    await markFailed(messageId, permanent ? cause.message : `The channel did not accept the message after ${attempts} attempts.`);
  }
}

/** Run by its schedule: hands to delivery the messages stored while Temporal was unreachable (still QUEUED). */
export async function sweepQueuedMessages(): Promise<number> {
  return enqueueStaleMessages();
}
