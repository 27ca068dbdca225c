import { ActivityFailure, ApplicationFailure, proxyActivities } from '@temporalio/workflow';
import type { ClientJobActivities } from './client-job.activities.ts';

const { processClientJob } = proxyActivities<ClientJobActivities>({
  // Large files take a while; a stalled worker is noticed by its missing heartbeat, and the job resumes elsewhere.
  startToCloseTimeout: '2 hours',
  heartbeatTimeout: '2 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumAttempts: 5 },
});
const { markClientJobFailed } = proxyActivities<ClientJobActivities>({ startToCloseTimeout: '5 minutes' });

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
