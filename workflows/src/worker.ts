import { fileURLToPath } from 'node:url';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { createDrivers, type Drivers } from '../../api/src/channels/delivery.service.ts';
import type { App } from '../../api/src/context.ts';
import { createActivities } from './activities.ts';

export type RunningWorker = { stop: () => Promise<void> };

/** Runs the Temporal worker of the `taskQueue` until `stop()`, which lets running activities finish. */
type WorkerOptions = {
  address: string;
  namespace: string;
  taskQueue: string;
  /** Called if the worker stops by itself (a fatal error): nothing would deliver messages any more. */
  onFatal?: (error: unknown) => void;
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
  });
  let stopping = false;
  const running = worker.run().catch((error: unknown) => {
    console.error('[worker] stopped with an error', error);
    if (!stopping) options.onFatal?.(error);
  });
  return {
    async stop() {
      stopping = true;
      try {
        if (worker.getState() === 'RUNNING') worker.shutdown();
        await running;
      } finally {
        await connection.close();
      }
    },
  } satisfies RunningWorker;
}

// Once per process: quiet logs, and no signal handlers of its own (the process owner shuts the worker down).
function installRuntime() {
  try {
    Runtime.install({ logger: new DefaultLogger('WARN'), shutdownSignals: [] });
  } catch {
    // Already installed by an earlier worker in this process.
  }
}
