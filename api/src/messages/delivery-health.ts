import type { Client as TemporalClient } from '@temporalio/client';
import proto from '@temporalio/proto';
import type { EntityManager } from '@mikro-orm/postgresql';
// A CommonJS package: Node's ESM sees its default export only.
import { selectOne } from '../db/rows.ts';

// Whether replies are being delivered: a worker polls the task queue, and nothing waits in QUEUED for long. A dead
// worker used to be invisible (messages showed "Queued" for ever); now readiness, the API and the inbox say so.

export type WorkerState = 'ONLINE' | 'OFFLINE' | 'UNKNOWN';
export type DeliveryHealth = { workers: WorkerState; queued: number; oldestQueuedAt: Date | null; delayed: boolean };

/** A reply QUEUED longer than this means delivery is delayed (a backlog, or no worker). */
export const deliveryDelayMs = 60_000;
// A worker long-polls for about a minute; one not seen for longer is gone.
const pollerGoneMs = 90_000;
const cacheMs = 10_000;

export type WorkerMonitor = { state(): Promise<WorkerState> };

/** Asks Temporal who polls the task queue's activities, at most every 10 s per node. */
export function temporalWorkerMonitor(client: TemporalClient, namespace: string, taskQueue: string): WorkerMonitor {
  let cached: { at: number; state: Promise<WorkerState> } | null = null;
  const ask = async (): Promise<WorkerState> => {
    try {
      const { pollers } = await client.workflowService.describeTaskQueue({
        namespace,
        taskQueue: { name: taskQueue },
        taskQueueType: proto.temporal.api.enums.v1.TaskQueueType.TASK_QUEUE_TYPE_ACTIVITY,
      });
      const seen = (pollers ?? []).map((poller) => Number(poller.lastAccessTime?.seconds ?? 0) * 1000);
      return seen.some((at) => Date.now() - at < pollerGoneMs) ? 'ONLINE' : 'OFFLINE';
    } catch {
      return 'UNKNOWN';
    }
  };
  return {
    state() {
      if (!cached || Date.now() - cached.at > cacheMs) cached = { at: Date.now(), state: ask() };
      return cached.state;
    },
  };
}

/** The delivery's health, for one project's replies or (without one) every project's. */
export async function deliveryHealth(em: EntityManager, workers: WorkerMonitor, projectId: string | null): Promise<DeliveryHealth> {
  const [state, backlog] = await Promise.all([
    workers.state(),
    selectOne<{ queued: number; oldest: Date | string | null }>(
      em,
      `select count(*)::int as queued, min(created_at) as oldest from message where status = 'QUEUED' ${projectId ? 'and project_id = ?' : ''}`,
      projectId ? [projectId] : [],
    ),
  ]);
  const queued = backlog?.queued ?? 0;
  // An aggregate's time comes back as text: the driver's types apply to columns only.
  const oldestQueuedAt = backlog?.oldest ? new Date(backlog.oldest) : null;
  const delayed = queued > 0 && (state === 'OFFLINE' || (!!oldestQueuedAt && Date.now() - oldestQueuedAt.getTime() > deliveryDelayMs));
  return { workers: state, queued, oldestQueuedAt, delayed };
}
