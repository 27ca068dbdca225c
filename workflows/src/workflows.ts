// Every workflow the worker runs, one folder per process; this file is the bundle's entry (worker.ts's
// workflowsPath). Workflow code is deterministic: it imports activity types only, and no Node built-ins (lint).
export * from './delivery/delivery.workflows.ts';
export * from './client-jobs/client-job.workflows.ts';
export * from './maintenance/maintenance.workflows.ts';
export * from './scheduled/scheduled.workflows.ts';
export * from './broadcasts/broadcast.workflows.ts';
export * from './processes/process.workflows.ts';
export * from './webhooks/webhook.workflows.ts';
