import { fileURLToPath } from 'node:url';
import { bundleWorkflowCode, DefaultLogger, NativeConnection, Runtime, Worker, type WorkflowBundleWithSourceMap } from '@temporalio/worker';
import { scheduledTaskQueue } from './scheduled/contract.ts';
import type { Drivers } from '../../api/src/channels/drivers/drivers.ts';
import type { App } from '../../api/src/context.ts';
import { createActivities } from './activities.ts';
import { startDueDispatcher } from '../../api/src/scheduled/due-dispatcher.ts';

export type RunningWorker = { stop: () => Promise<void> };

/** Runs the Temporal workers of the `taskQueue` (and its scheduled messages' queue) until `stop()`, which lets running activities finish. */
type WorkerOptions = {
  address: string;
  namespace: string;
  taskQueue: string;
  /** Called if the worker stops by itself (a fatal error): nothing would deliver messages any more. */
  onFatal?: (error: unknown) => void;
  /** Whether this worker also fires due scheduled messages in batches (scheduled/due-dispatcher.ts); on by default. */
  dueDispatcher?: boolean;
};

export async function startWorker(app: App, options: WorkerOptions, drivers: Drivers = app.channels.drivers) {
  installRuntime();
  const connection = await NativeConnection.connect({ address: options.address });
  const common = {
    connection,
    namespace: options.namespace,
    workflowBundle: await bundle(),
    activities: createActivities(app, drivers),
  };
  // Two queues: a burst of scheduled messages' workflows (thousands falling due together) must never hold up the
  // delivery of live replies, as one FIFO queue would (scheduled/contract.ts).
  const workers = [
    await Worker.create({ ...common, taskQueue: options.taskQueue, ...concurrency() }),
    await Worker.create({ ...common, taskQueue: scheduledTaskQueue(options.taskQueue), ...scheduledConcurrency }),
  ];
  let stopping = false;
  const dispatcher = options.dueDispatcher === false ? null : startDueDispatcher(app);
  const running = workers.map((worker) =>
    worker.run().catch((error: unknown) => {
      console.error('[worker] stopped with an error', error);
      if (!stopping) options.onFatal?.(error);
    }),
  );
  return {
    async stop() {
      stopping = true;
      await dispatcher?.stop();
      try {
        for (const worker of workers) if (worker.getState() === 'RUNNING') worker.shutdown();
        await Promise.all(running);
      } finally {
        await connection.close();
      }
    },
  } satisfies RunningWorker;
}

// The workflows' bundle, built once per process (every worker of the process shares it).
let bundled: Promise<WorkflowBundleWithSourceMap> | undefined;
const bundle = () => (bundled ??= bundleWorkflowCode({ workflowsPath: fileURLToPath(new URL('./workflows.ts', import.meta.url)), logger: new DefaultLogger('WARN') }));

// The scheduled messages' queue takes a share of the process, not all of it.
const scheduledConcurrency = { maxConcurrentWorkflowTaskExecutions: 10, maxConcurrentWorkflowTaskPolls: 2, maxConcurrentActivityTaskExecutions: 20, maxConcurrentActivityTaskPolls: 2 };

const count = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

/**
 * How much one worker takes on at once (TEMPORAL_WORKFLOW_TASKS, TEMPORAL_WORKFLOW_POLLS, TEMPORAL_ACTIVITY_TASKS,
 * TEMPORAL_ACTIVITY_POLLS): deliveries are short workflows with one activity that mostly waits on the network, so
 * many at once pay off; past these the dev server's storage is the limit (npm run bench, BENCH_ONLY=delivery).
 * TEMPORAL_CACHED_WORKFLOWS caps the workflows kept in memory between their tasks: business-process runs wait for
 * days, and one kept costs about half a megabyte; one evicted is replayed from its (short) history when it wakes.
 */
const concurrency = () => ({
  maxCachedWorkflows: count('TEMPORAL_CACHED_WORKFLOWS', 1000),
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
