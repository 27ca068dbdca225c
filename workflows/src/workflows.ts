import { ActivityFailure, ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import type { createActivities } from './activities.ts';

type Activities = ReturnType<typeof createActivities>;

const attempts = 10;
const { sendThroughChannel } = proxyActivities<Activities>({
  startToCloseTimeout: '30 seconds',
  // A messenger that is down gets about ten minutes of backoff before the message shows as failed.
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '2 minutes', maximumAttempts: attempts },
});
const { markFailed, closeInactive, notifyDue, markClientJobFailed, purgeExpiredClients, purgeStaleUploads: purgeUploadsBatch } = proxyActivities<Activities>({ startToCloseTimeout: '5 minutes' });
const { processClientJob } = proxyActivities<Activities>({
  // Large files take a while; a stalled worker is noticed by its missing heartbeat, and the job resumes elsewhere.
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumAttempts: 5 },
});

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

/** Run by the auto-close schedule: closes the conversations whose inactivity period has passed. */
export async function closeInactiveConversations(): Promise<number> {
  return closeInactive();
}

/** Run by the due-tasks schedule every minute: notifies the operators whose tasks fell due (once each). */
export async function notifyDueTasks(): Promise<number> {
  return notifyDue();
}

/** A CSV import or export of clients (`client-job-<id>`); a file that cannot be read fails at once, with its reason. */
export async function runClientJob(jobId: string): Promise<void> {
  try {
    await processClientJob(jobId);
  } catch (error) {
    if (!(error instanceof ActivityFailure)) throw error;
    const { cause } = error;
    const known = cause instanceof ApplicationFailure && cause.type === 'ImportFailure';
    await markClientJobFailed(jobId, known ? cause.message : 'The job failed after several attempts; try again later.');
  }
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
