import { condition, continueAsNew, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import { webhookQueuedSignal } from './contract.ts';
import type { WebhookActivities } from './webhook.activities.ts';

// One attempt posts one delivery (an answer within WEBHOOK_TIMEOUT_SECONDS, 10 s by default); a call that fails as a
// whole (a lost worker, the database away) is tried again, 20 s after a lost one started. A call repeated after a lost worker may post a delivery a second time,
// with the same id: receivers dedupe by it (at least once).
const { attemptNextWebhook } = proxyActivities<WebhookActivities>({
  startToCloseTimeout: '20 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

const { sweepWebhookDeliveries } = proxyActivities<WebhookActivities>({ startToCloseTimeout: '5 minutes' });

/** Run by its schedule: hands over deliveries whose workflow never heard of them (see the activity). */
export async function sweepWebhooks(): Promise<number> {
  return sweepWebhookDeliveries();
}

/** How long a key's workflow waits for more deliveries before it ends (the next one starts it again). */
const idle = '1 minute';

/**
 * Sends the PENDING deliveries of one endpoint and ordering key, oldest first, one at a time: a delivery that fails
 * holds back the key's later ones until it is delivered or given up (ordered per conversation). The database holds
 * the queue; the signal only wakes the workflow, so a signal lost with a worker loses nothing.
 */
export async function deliverWebhooks(endpointId: string, orderingKey: string): Promise<void> {
  let queued = true;
  setHandler(webhookQueuedSignal, () => void (queued = true));
  for (;;) {
    if (!queued && !(await condition(() => queued, idle))) return;
    queued = false;
    for (;;) {
      const next = await attemptNextWebhook(endpointId, orderingKey);
      if (next === 'idle') break;
      if (typeof next === 'object') await sleep(Math.max(0, next.retryInMs));
      if (workflowInfo().continueAsNewSuggested) return continueAsNew<typeof deliverWebhooks>(endpointId, orderingKey);
    }
  }
}
