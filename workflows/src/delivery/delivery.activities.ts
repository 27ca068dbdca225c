import { deliverQueuedMessage, DeliveryInProgressError, failQueuedMessage, sweepQueuedMessages, type Drivers } from '../../../api/src/channels/delivery.service.ts';
import { PermanentDeliveryError } from '../../../api/src/channels/drivers/driver.ts';
import type { App } from '../../../api/src/context.ts';

/** What became of one message of a batch: delivered (or no longer this batch's to deliver), refused for good, or to try again. */
export type Outcome = 'done' | 'retry' | { permanent: string };

// Messages of a batch sent at once: their channels mostly wait on the network.
const concurrency = 16;

// Activities are thin: the rules live in the API's services, called with a fresh EntityManager fork.
export function createDeliveryActivities(app: App, drivers: Drivers) {
  async function sendOne(messageId: string): Promise<Outcome> {
    try {
      await deliverQueuedMessage(app, app.orm.em.fork(), drivers, messageId);
      return 'done';
    } catch (error) {
      if (error instanceof PermanentDeliveryError) return { permanent: error.message };
      // Another attempt holds it (a sweep's batch): that one delivers it, or its claim lapses and the sweep comes back.
      if (error instanceof DeliveryInProgressError) return 'done';
      console.warn(`[delivery] message ${messageId}: ${(error as Error).message}`);
      return 'retry';
    }
  }

  return {
    async sendMessages(messageIds: string[]): Promise<Outcome[]> {
      const outcomes: Outcome[] = new Array(messageIds.length);
      let next = 0;
      await Promise.all(
        Array.from({ length: Math.min(concurrency, messageIds.length) }, async () => {
          for (let index = next++; index < messageIds.length; index = next++) outcomes[index] = await sendOne(messageIds[index]!);
        }),
      );
      return outcomes;
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
