// What the API needs to start a CSV import or export: the workflow (started by reference) and its id.
export { runClientJob } from './client-job.workflows.ts';

/** One run per job: a second start for the same job finds the first. */
export const clientJobWorkflowId = (jobId: string) => `client-job-${jobId}`;
