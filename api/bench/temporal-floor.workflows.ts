// The physical limit of a business-process reply on Temporal (api/bench/temporal-floor.ts): a workflow that waits
// for a signal, runs one local activity (one SQL statement) and completes — what a run's reply costs at the least.
import { condition, defineSignal, proxyLocalActivities, setHandler } from '@temporalio/workflow';

export const floorReply = defineSignal<[number]>('reply');

const { floorStep } = proxyLocalActivities<{ floorStep(id: string, sentAt: number): Promise<void> }>({ startToCloseTimeout: '15 seconds' });

export async function floorRun(id: string): Promise<void> {
  let sentAt: number | null = null;
  setHandler(floorReply, (at) => {
    sentAt = at;
  });
  await condition(() => sentAt !== null);
  await floorStep(id, sentAt!);
}
