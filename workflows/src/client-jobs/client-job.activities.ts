import { ApplicationFailure, Context } from '@temporalio/activity';
import { ImportFailure } from '../../../api/src/audience/client-import.ts';
import { failClientJob, runClientJob } from '../../../api/src/audience/client-job.service.ts';
import type { App } from '../../../api/src/context.ts';

export function createClientJobActivities(app: App) {
  return {
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
  };
}

export type ClientJobActivities = ReturnType<typeof createClientJobActivities>;
