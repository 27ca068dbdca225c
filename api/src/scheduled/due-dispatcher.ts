import type { App } from '../context.ts';
import { fireScheduledMessages } from './scheduled-message.service.ts';

/**
 * Sends scheduled messages on their due second, in batches: every `everyMs` each worker process fires what is due (up to 1,000 a statement)
 * (a partial index makes the look cheap when nothing is), skipping rows another worker's batch holds. The message's
 * own workflow keeps its durable timer a little past the due time as the guarantee (and for reschedule, send now and
 * cancel); firing 10,000 due in one second through 10,000 workflow tasks took minutes on the dev server here, in
 * batches seconds (npm run bench, BENCH_ONLY=scheduled). Like the presence sweep, it must follow the clock within
 * moments, which a Temporal schedule (a workflow a run) cannot do cheaply.
 */
export function startDueDispatcher(app: App, options: { everyMs?: number; batch?: number } = {}) {
  const everyMs = options.everyMs ?? 250;
  const batch = options.batch ?? 1000;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const tick = async () => {
    try {
      // A full batch: more may be due at once.
      for (let fired = batch; !stopped && fired === batch; ) fired = (await fireScheduledMessages(app, app.orm.em.fork(), { limit: batch })).length;
    } catch (error) {
      console.warn('[scheduled] the due dispatcher will try again', error);
    }
    if (!stopped) timer = setTimeout(() => (running = tick()), everyMs);
  };
  let running = tick();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}
