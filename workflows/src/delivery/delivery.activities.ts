import { deliverQueuedMessages, failQueuedMessage, sweepQueuedMessages } from '../../../api/src/channels/delivery.service.ts';
import type { Drivers } from '../../../api/src/channels/drivers/drivers.ts';
import { DeliveryPaced, PermanentDeliveryError, type DeliveryFailure } from '../../../api/src/channels/drivers/driver.ts';
import type { App } from '../../../api/src/context.ts';

/**
 * What became of one message of a batch: delivered (or no longer this batch's to deliver), refused for good, to try
 * again, or waiting for its turn in the channel's pace (not an attempt: tried again when the turn is due).
 */
export type Outcome = 'done' | 'retry' | { retry: string } | { paced: number } | { permanent: string; code?: DeliveryFailure };

// Activities are thin: the rules live in the API's services, called with a fresh EntityManager fork.
export function createDeliveryActivities(app: App, drivers: Drivers) {
  return {
    async sendMessages(messageIds: string[]): Promise<Outcome[]> {
      const deliveries = await deliverQueuedMessages(app, app.orm.em.fork(), drivers, messageIds);
      return deliveries.map((delivery, index): Outcome => {
        // Held by another attempt (a sweep's batch, or this one's lost worker): tried again until it is sent or the
        // claim lapses.
        if ('skipped' in delivery && delivery.skipped === 'in progress') return 'retry';
        if (!('failed' in delivery)) return 'done';
        if (delivery.failed instanceof DeliveryPaced) return { paced: delivery.failed.retryAfterMs };
        if (delivery.failed instanceof PermanentDeliveryError) return { permanent: delivery.failed.message, code: delivery.failed.code };
        console.warn(`[delivery] message ${messageIds[index]}: ${delivery.failed.message}`);
        return { retry: delivery.failed.message };
      });
    },
    async markFailed(messageIds: string[], reason: string, code?: DeliveryFailure): Promise<void> {
      for (const id of messageIds) await failQueuedMessage(app, app.orm.em.fork(), id, reason, code);
    },
    async enqueueStaleMessages(): Promise<number> {
      return sweepQueuedMessages(app, app.orm.em.fork());
    },
  };
}

export type DeliveryActivities = ReturnType<typeof createDeliveryActivities>;
