import { ApplicationFailure, Context } from '@temporalio/activity';
import { ImportFailure } from '../../api/src/audience/client-import.ts';
import { failClientJob, runClientJob } from '../../api/src/audience/client-job.service.ts';
import { purgeExpiredClients } from '../../api/src/clients/client-lifecycle.service.ts';
import { purgeStaleUploads } from '../../api/src/files/file.service.ts';
import { deliverQueuedMessage, failQueuedMessage, type Drivers } from '../../api/src/channels/delivery.service.ts';
import { PermanentDeliveryError } from '../../api/src/channels/drivers/driver.ts';
import type { App } from '../../api/src/context.ts';
import { closeInactiveConversations } from '../../api/src/conversations/auto-close.service.ts';
import { notifyDueTasks } from '../../api/src/tasks/task-due.service.ts';

// Activities are thin: the rules live in the API's services, called with a fresh EntityManager fork.
export function createActivities(app: App, drivers: Drivers) {
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
    async closeInactive(): Promise<number> {
      return closeInactiveConversations(app, app.orm.em.fork());
    },
    async processClientJob(jobId: string): Promise<void> {
      // Taken here: the export's CSV stream runs its batches (and heartbeats) outside this call's async context.
      const context = Context.current();
      try {
        await runClientJob(app, app.orm.em.fork(), jobId, () => context.heartbeat());
      } catch (error) {
        if (error instanceof ImportFailure) throw ApplicationFailure.nonRetryable(error.message, 'ImportFailure');
        throw error;
      }
    },
    async markClientJobFailed(jobId: string, reason: string): Promise<void> {
      await failClientJob(app, app.orm.em.fork(), jobId, reason);
    },
    async purgeExpiredClients(): Promise<number> {
      return purgeExpiredClients(app.orm.em.fork());
    },
    async purgeStaleUploads(): Promise<number> {
      return purgeStaleUploads(app, app.orm.em.fork());
    },
    async notifyDue(): Promise<number> {
      return notifyDueTasks(app, app.orm.em.fork());
    },
  };
}
