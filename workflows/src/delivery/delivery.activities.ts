import { ApplicationFailure } from '@temporalio/activity';
import { deliverQueuedMessage, failQueuedMessage, sweepQueuedMessages, type Drivers } from '../../../api/src/channels/delivery.service.ts';
import { PermanentDeliveryError } from '../../../api/src/channels/drivers/driver.ts';
import type { App } from '../../../api/src/context.ts';

// Activities are thin: the rules live in the API's services, called with a fresh EntityManager fork.
export function createDeliveryActivities(app: App, drivers: Drivers) {
  return {
    async sendThroughChannel(messageId: string): Promise<void> {
      try {
        await deliverQueuedMessage(app, app.orm.em.fork(), drivers, messageId);
      } catch (error) {
        if (error instanceof PermanentDeliveryError) throw ApplicationFailure.nonRetryable(error.message, 'PermanentDeliveryError');
        throw error;
      }
    },
    async markFailed(messageId: string, reason: string): Promise<void> {
      await failQueuedMessage(app, app.orm.em.fork(), messageId, reason);
    },
    async enqueueStaleMessages(): Promise<number> {
      return sweepQueuedMessages(app, app.orm.em.fork());
    },
  };
}

export type DeliveryActivities = ReturnType<typeof createDeliveryActivities>;
