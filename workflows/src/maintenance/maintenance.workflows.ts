import { proxyActivities } from '@temporalio/workflow';
import type { MaintenanceActivities } from './maintenance.activities.ts';

const { closeInactive, notifyDue, purgeExpiredClients, purgeStaleUploads: purgeUploadsBatch, purgeInboundEvents: purgeInboundBatch, purgeStreamEvents: purgeStreamBatch } = proxyActivities<MaintenanceActivities>({
  startToCloseTimeout: '5 minutes',
});

/** Run by the auto-close schedule: closes the conversations whose inactivity period has passed. */
export async function closeInactiveConversations(): Promise<number> {
  return closeInactive();
}

/** Run by the due-tasks schedule every minute: notifies the operators whose tasks fell due (once each). */
export async function notifyDueTasks(): Promise<number> {
  return notifyDue();
}

/** Run by the retention schedule: erases clients deleted longer ago than their project keeps them. */
export async function purgeDeletedClients(): Promise<number> {
  let purged = 0;
  for (let batch = await purgeExpiredClients(); batch > 0; batch = await purgeExpiredClients()) purged += batch;
  return purged;
}

/** Run by its schedule: erases uploads that never reached a message, a library or a job within a day. */
export async function purgeStaleUploads(): Promise<number> {
  let purged = 0;
  for (let batch = await purgeUploadsBatch(); batch > 0; batch = await purgeUploadsBatch()) purged += batch;
  return purged;
}

/** Run by its schedule: forgets the stream subscriptions' log past its day (subscribers resume within it). */
export async function purgeStreamEvents(): Promise<number> {
  let purged = 0;
  for (let batch = await purgeStreamBatch(); batch > 0; batch = await purgeStreamBatch()) purged += batch;
  return purged;
}

/** Run by its schedule: forgets messengers' events processed over a week ago (their keys drop repeats until then). */
export async function purgeInboundEvents(): Promise<number> {
  let purged = 0;
  for (let batch = await purgeInboundBatch(); batch > 0; batch = await purgeInboundBatch()) purged += batch;
  return purged;
}
