import { fileURLToPath } from 'node:url';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { createDrivers, type Drivers } from '../../api/src/channels/delivery.service.ts';
import type { App } from '../../api/src/context.ts';
import { createActivities } from './activities.ts';
import { startDueDispatcher } from '../../api/src/scheduled/due-dispatcher.ts';

export type RunningWorker = { stop: () => Promise<void> };

/** Runs the Temporal worker of the `taskQueue` until `stop()`, which lets running activities finish. */
type WorkerOptions = {
  address: string;
  namespace: string;
  taskQueue: string;
  /** Called if the worker stops by itself (a fatal error): nothing would deliver messages any more. */
  onFatal?: (error: unknown) => void;
  /** Whether this worker also fires due scheduled messages in batches (scheduled/due-dispatcher.ts); on by default. */
  dueDispatcher?: boolean;
};

export async function startWorker(app: App, options: WorkerOptions, drivers: Drivers = createDrivers(app)) {
  installRuntime();
  const connection = await NativeConnection.connect({ address: options.address });
  const worker = await Worker.create({
    connection,
    namespace: options.namespace,
    taskQueue: options.taskQueue,
    workflowsPath: fileURLToPath(new URL('./workflows.ts', import.meta.url)),
    activities: createActivities(app, drivers),
    ...concurrency(),
  });
  let stopping = false;
  const dispatcher = options.dueDispatcher === false ? null : startDueDispatcher(app);
  const running = worker.run().catch((error: unknown) => {
    console.error('[worker] stopped with an error', error);
    if (!stopping) options.onFatal?.(error);
  });
  return {
    async stop() {
      stopping = true;
      await dispatcher?.stop();
      try {
        if (worker.getState() === 'RUNNING') worker.shutdown();
        await running;
      } finally {
        await connection.close();
      }
    },
  } satisfies RunningWorker;
}

const count = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/**
 * How much one worker takes on at once (TEMPORAL_WORKFLOW_TASKS, TEMPORAL_WORKFLOW_POLLS, TEMPORAL_ACTIVITY_TASKS,
 * TEMPORAL_ACTIVITY_POLLS): deliveries are short workflows with one activity that mostly waits on the network, so
 * many at once pay off; past these the dev server's storage is the limit (npm run bench, BENCH_ONLY=delivery).
 */
const concurrency = () => ({
  maxConcurrentWorkflowTaskExecutions: count('TEMPORAL_WORKFLOW_TASKS', 40),
  maxConcurrentWorkflowTaskPolls: count('TEMPORAL_WORKFLOW_POLLS', 10),
  maxConcurrentActivityTaskExecutions: count('TEMPORAL_ACTIVITY_TASKS', 100),
  maxConcurrentActivityTaskPolls: count('TEMPORAL_ACTIVITY_POLLS', 10),
});

// Once per process: quiet logs, and no signal handlers of its own (the process owner shuts the worker down).
function installRuntime() {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [] });
  } catch {
    // Already installed by an earlier worker in this process.
  }
}
