import { deliverQueuedMessages, failQueuedMessage, sweepQueuedMessages, type Drivers } from '../../../api/src/channels/delivery.service.ts';
import { PermanentDeliveryError } from '../../../api/src/channels/drivers/driver.ts';
import type { App } from '../../../api/src/context.ts';

/** What became of one message of a batch: delivered (or no longer this batch's to deliver), refused for good, or to try again. */
export type Outcome = 'done' | 'retry' | { permanent: string };

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
        if (delivery.failed instanceof PermanentDeliveryError) return { permanent: delivery.failed.message };
        console.warn(`[delivery] message ${messageIds[index]}: ${delivery.failed.message}`);
        return 'retry';
      });
    },
    async markFailed(messageIds: string[], reason: string): Promise<void> {
      for (const id of messageIds) await failQueuedMessage(app, app.orm.em.fork(), id, reason);
    },
    async enqueueStaleMessages(): Promise<number> {
      return sweepQueuedMessages(app, app.orm.em.fork());
    },
  };
}

export type DeliveryActivities = ReturnType<typeof createDeliveryActivities>;
