import { condition, continueAsNew, proxyActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import type { RecipientCursor } from '../../../api/src/broadcasts/broadcast-send.service.ts';
import type { BroadcastActivities } from './broadcast.activities.ts';
import { broadcastStateQuery, cancelBroadcastSignal, pauseBroadcastSignal, resumeBroadcastSignal } from './contract.ts';

// A page may take a while (a few hundred messages through their channels); a worker that dies is noticed by the
// missing heartbeat, and the page is done again elsewhere: recipients already moved on are not sent to twice.
const { sendBroadcastPage } = proxyActivities<BroadcastActivities>({
  startToCloseTimeout: '5 minutes',
  heartbeatTimeout: '20 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});
const { beginBroadcast, readBroadcastStatus, finishBroadcast } = proxyActivities<BroadcastActivities>({
  startToCloseTimeout: '5 minutes',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '1 minute' },
});

/** What a run carries into the next (continue-as-new) so that history stays small at 100,000 recipients. */
export type BroadcastRun = {
  broadcastId: string;
  /** When to start (epoch ms); null: now. */
  sendAt: number | null;
  begun?: { ratePerSecond: number };
  after?: RecipientCursor | null;
  /** 1: the first pass over the recipients; later ones retry the messages a channel did not take yet. */
  pass?: number;
  /** Recipients left PENDING in this pass so far. */
  left?: number;
  paused?: boolean;
};

const maxPasses = 6;
// Pages per run before continuing as new: about ten events a page.
const pagesPerRun = 200;
const passBackoffMs = (pass: number) => Math.min(120_000, 5_000 * 2 ** (pass - 2));

/**
 * Sends a broadcast (`broadcast-<id>`): waits for its time, takes the recipients, then sends page by page at the
 * broadcast's rate (Temporal timers between pages), while pause, resume and cancel arrive as signals (the
 * database's status is read before every page too, so a lost signal changes nothing).
 */
export async function runBroadcast(run: BroadcastRun): Promise<void> {
  const { broadcastId } = run;
  let paused = run.paused ?? false;
  let cancelled = false;
  let pass = run.pass ?? 1;
  setHandler(pauseBroadcastSignal, () => void (paused = true));
  setHandler(resumeBroadcastSignal, () => void (paused = false));
  setHandler(cancelBroadcastSignal, () => void (cancelled = true));
  setHandler(broadcastStateQuery, () => ({ pass, paused, cancelled }));

  let rate = 1;
  // The pace is kept against a running total since `from`, so that the time between pages (timers, tasks) is not
  // lost to it; a pace fallen more than a second behind (a slow page, a pause) starts over rather than bursting.
  const pace = {
    from: Date.now(),
    sent: 0,
    restart() {
      this.from = Date.now();
      this.sent = 0;
    },
    async keep(attempted: number) {
      this.sent += attempted;
      const wait = this.from + (this.sent * 1000) / rate - Date.now();
      if (wait > 0) await sleep(wait);
      else if (wait < -1000) this.restart();
    },
  };

  // While paused, the row is read now and then as well: a resume whose signal was lost still wakes it.
  async function whilePaused() {
    if (paused) pace.restart();
    while (paused && !cancelled) {
      if (await condition(() => !paused || cancelled, '1 minute')) return;
      const status = await readBroadcastStatus(broadcastId);
      if (status === 'CANCELLED') cancelled = true;
      else if (status === 'RUNNING' || status === 'SCHEDULED') paused = false;
    }
  }

  let begun = run.begun;
  if (!begun) {
    if (run.sendAt !== null && run.sendAt > Date.now()) await condition(() => cancelled, run.sendAt - Date.now());
    await whilePaused();
    if (cancelled) return finishBroadcast(broadcastId, { cancelled: true });
    const started = await beginBroadcast(broadcastId);
    if (started.status === 'CANCELLED') return finishBroadcast(broadcastId, { cancelled: true });
    begun = { ratePerSecond: started.ratePerSecond };
  }
  rate = begun.ratePerSecond;
  pace.restart();
  const pageSize = Math.max(1, Math.min(200, Math.round(rate)));
  let after = run.after ?? null;
  let left = run.left ?? 0;

  for (let pages = 0; ; pages++) {
    await whilePaused();
    if (cancelled) break;
    if (pages >= pagesPerRun || workflowInfo().continueAsNewSuggested) {
      await continueAsNew<typeof runBroadcast>({ broadcastId, sendAt: null, begun, after, pass, left, paused });
    }
    const page = await sendBroadcastPage(broadcastId, after, pageSize);
    if (page.status === 'CANCELLED') cancelled = true;
    if (page.status === 'PAUSED' || page.status === 'SCHEDULED') paused = true;
    if (page.status !== 'RUNNING') continue;
    if (page.waitMs) {
      // The channel is full with other broadcasts' messages: room comes back at its rate.
      await condition(() => cancelled || paused, page.waitMs);
      pace.restart();
      continue;
    }
    if (page.done) {
      if (!left) break;
      if (pass >= maxPasses) return finishBroadcast(broadcastId, { cancelled: false, failReason: `The channel did not take the message after ${maxPasses} attempts.` });
      // Another pass over the messages a channel did not take yet, after a while.
      pass++;
      after = null;
      left = 0;
      await condition(() => cancelled, passBackoffMs(pass));
      continue;
    }
    after = page.next;
    left += page.left;
    // The channel's rate: the messages may not go faster than `rate` a second.
    await pace.keep(page.attempted);
  }
  await finishBroadcast(broadcastId, { cancelled });
}
