import { ActivityFailure, allHandlersFinished, ApplicationFailure, condition, continueAsNew, proxyActivities, proxyLocalActivities, setHandler, sleep, workflowInfo } from '@temporalio/workflow';
import { refusals, replySignal, runStateQuery, steerUpdate, stepsPerHistory, type Steer } from './contract.ts';
import type { Block, Definition } from './definition.ts';
import { blockById, delayEnd, follow } from './graph.ts';
import type { ProcessActivities } from './process.activities.ts';

// Each step is idempotent by (run, seq): a step recorded again after a retry is one row, one message. Steps are a
// few statements each, so they run as local activities: a block's steps go through in one workflow task, without a
// round trip to the Temporal server per step (the dev server's storage is what limits runs per second).
const steps = proxyLocalActivities<ProcessActivities>({
  startToCloseTimeout: '15 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});
// An outside system: a few tries, then the block's `failure` port.
const outside = proxyActivities<ProcessActivities>({
  startToCloseTimeout: '70 seconds',
  retry: { initialInterval: '2 seconds', backoffCoefficient: 2, maximumAttempts: 3 },
});

type Reply = { messageId: string; text: string };
type Advance = Awaited<ReturnType<ProcessActivities['processAdvance']>>;
/** Where a run continues after continue-as-new. */
export type RunResume = { seq: number; blockId: string | null; manual: boolean; replies: Reply[] };

const refused = (type: string, message: string) => ApplicationFailure.create({ type, message, nonRetryable: true });

/**
 * One client's way through one process version (the DSL interpreter of the design): walks the blocks from the run's
 * block, each step an activity that applies the API's own rules. The client's replies arrive as signals; operators
 * steer it with the `steer` update (MANUAL / AUTO / MOVE / STOP, RESCHEDULE of a delay), which the workflow validates. It continues as new
 * every `stepsPerHistory` steps with its place and its unread replies.
 */
export async function processRun(runId: string, resume?: RunResume, historySteps = stepsPerHistory): Promise<void> {
  // The run as loaded (null until then). The handlers come before the first await: an update with no handler when
  // the first activation ends is refused, and a command may come with the start (a run stopped as it begins).
  let definition: Definition | null = null;
  let timeZone = 'UTC';
  let seq = 0;
  let current: string | null = null;
  let manual = false;
  let ended = false;
  let moveTo: string | null = null;
  // The delay the run waits at now: RESCHEDULE moves its end.
  let delay: { blockId: string; until: number } | null = null;
  const replies: Reply[] = [...(resume?.replies ?? [])];
  const seen = new Set(replies.map((reply) => reply.messageId));
  let taken = 0;
  // While an activity walks blocks (its steps take the numbers from `seq` on), steering waits for it to return.
  let walking = false;

  /** Whether a command fits the run as it is now; throws the refusal otherwise. */
  const check = (steer: Steer) => {
    if (ended) throw refused(refusals.ended, 'The run has ended.');
    if (steer.command === 'RESCHEDULE' || (steer.command === 'STOP' && steer.blockId)) {
      // A pending send of the card: only while the run still waits at that delay (not paused by a manual spell).
      if (!delay || manual || (steer.blockId && steer.blockId !== delay.blockId)) throw refused(refusals.notAtDelay, 'The run no longer waits at that delay.');
      if (steer.command === 'RESCHEDULE' && !Number.isFinite(Date.parse(steer.until ?? ''))) throw refused(refusals.badTime, 'RESCHEDULE needs a new time (`until`).');
      return;
    }
    if ((steer.command === 'MOVE' && !steer.blockId) || (steer.blockId && !blockById(definition!, steer.blockId))) {
      throw refused(refusals.noBlock, `The process has no block ${steer.blockId ?? '(none given)'}.`);
    }
  };

  setHandler(replySignal, (reply) => {
    if (seen.has(reply.messageId)) return;
    seen.add(reply.messageId);
    replies.push(reply);
  });
  setHandler(runStateQuery, () => ({ status: ended ? 'ENDED' : manual ? 'MANUAL' : 'AUTO', blockId: current }));
  setHandler(
    steerUpdate,
    async (steer: Steer) => {
      await condition(() => ended || (definition !== null && !walking));
      check(steer);
      const at = seq++;
      if (steer.command === 'STOP') {
        ended = true;
        await steps.processEndRun(runId, at, { status: 'STOPPED', actorId: steer.actorId });
        return;
      }
      if (steer.command === 'RESCHEDULE') {
        const timer = delay!;
        const until = Math.max(Date.now(), Date.parse(steer.until!));
        // The row and the history first: the run may move on the moment its timer changes.
        await steps.processSteered(runId, at, { ...steer, blockId: timer.blockId, until: new Date(until).toISOString() });
        timer.until = until;
        return;
      }
      if (steer.command === 'MANUAL') manual = true;
      if (steer.command === 'AUTO') manual = false;
      if (steer.blockId) moveTo = steer.blockId;
      await steps.processSteered(runId, at, steer);
    },
    {
      // Before the run is loaded, the handler checks it once it is.
      validator: (steer: Steer) => void ((definition || ended) && check(steer)),
    },
  );

  const run = await steps.processLoadRun(runId);
  if (!run) {
    ended = true;
    await condition(allHandlersFinished);
    return;
  }
  ({ definition, timeZone } = run);
  seq = resume?.seq ?? run.lastSeq + 1;
  current = resume ? resume.blockId : (run.blockId ?? null);
  manual = resume?.manual ?? run.status === 'MANUAL';
  ended = run.status !== 'AUTO' && run.status !== 'MANUAL';

  /**
   * Waits for `done` (or `until`): 'done', 'timeout', or 'interrupted' by a stop or a move; a manual spell pauses the
   * wait, and the row says again what the run waits for when it is back to auto.
   */
  const wait = async (done: () => boolean, until: () => number | null, kind: 'REPLY' | 'DELAY'): Promise<'done' | 'timeout' | 'interrupted'> => {
    // A question's wait is on the row already: the advance that sent it set it.
    if (kind === 'DELAY') await steps.processWaiting(runId, kind, until());
    for (;;) {
      const interrupted = () => ended || moveTo !== null;
      const end = until();
      const left = end === null ? undefined : end - Date.now();
      if (left !== undefined && left <= 0) return 'timeout';
      // A new end (a rescheduled delay) wakes it too: the timer is set again from the new end.
      const woke = await condition(() => interrupted() || manual || done() || until() !== end, left);
      if (interrupted()) return 'interrupted';
      if (manual) {
        await condition(() => !manual || interrupted());
        if (!interrupted()) await steps.processWaiting(runId, kind, until());
        continue;
      }
      if (done()) return 'done';
      if (until() !== end) continue;
      if (!woke) return 'timeout';
    }
  };

  /**
   * A block the run waits at, already entered (a question's text already sent): answers the port it leaves by,
   * 'moved' when steered away meanwhile, or, for an answered question, the advance its activity made from there.
   */
  const waitAt = async (block: Block): Promise<string | 'moved' | { advanced: Advance }> => {
    switch (block.type) {
      case 'QUESTION': {
        for (;;) {
          const until = block.timeoutSeconds ? Date.now() + block.timeoutSeconds * 1000 : null;
          const outcome = await wait(() => replies.length > taken, () => until, 'REPLY');
          if (outcome === 'interrupted') return 'moved';
          if (outcome === 'timeout') {
            await steps.processRecord(runId, seq++, { kind: 'TIMED_OUT', blockId: block.id });
            return 'timeout';
          }
          const reply = replies[taken++]!;
          walking = true;
          const answered = await steps.processAnswer(runId, seq++, block.id, reply.messageId);
          // Replies from here on may answer a question the advance ended at.
          if (answered.advanced) {
            taken = replies.length;
            return { advanced: answered.advanced };
          }
          walking = false;
          // Invalid, and no `invalid` branch: the question waits for a fitting answer.
        }
      }
      case 'DELAY': {
        const timer = { blockId: block.id, until: delayEnd(block.wait, Date.now(), timeZone) };
        delay = timer;
        try {
          const outcome = await wait(() => false, () => timer.until, 'DELAY');
          return outcome === 'interrupted' ? 'moved' : 'next';
        } finally {
          delay = null;
        }
      }
      case 'HANDOFF': {
        await steps.processHandoff(runId, seq++, block.id);
        manual = true;
        await condition(() => !manual || ended || moveTo !== null);
        return ended || moveTo !== null ? 'moved' : 'next';
      }
      case 'HTTP': {
        const at = seq++;
        try {
          return await outside.processHttp(runId, at, block.id);
        } catch (error) {
          if (!(error instanceof ActivityFailure)) throw error;
          await steps.processRecord(runId, seq++, { kind: 'BRANCH', blockId: block.id, detail: 'failure' });
          return 'failure';
        }
      }
      case 'START_PROCESS':
        await steps.processStartProcess(runId, seq++, block.id);
        return 'next';
      default:
        // The advance activity does the other blocks itself.
        return 'next';
    }
  };

  let walked = 0;
  let entered = false;
  // An advance made already by the activity that took a question's answer.
  let answered: Advance | null = null;
  while (current && !ended) {
    if (!answered && (walked >= historySteps || workflowInfo().continueAsNewSuggested)) {
      await condition(allHandlersFinished);
      await continueAsNew<typeof processRun>(runId, { seq, blockId: current, manual, replies: replies.slice(taken) }, historySteps);
    }
    if (!answered && manual) {
      // MANUAL between blocks: it waits where it is (moves included) until returned to AUTO or stopped.
      await condition(() => !manual || ended || moveTo !== null);
      if (moveTo) [current, moveTo] = [moveTo, null];
      continue;
    }
    // Replies from here on may answer a question the advance ends at.
    if (!answered) taken = replies.length;
    walking = true;
    const advanced = answered ?? (await steps.processAdvance(runId, { seq, blockId: current, entered }));
    answered = null;
    seq = advanced.seq;
    walking = false;
    walked += advanced.walked;
    entered = false;
    if (advanced.ended) ended = true;
    if (ended || !advanced.blockId) break;
    current = advanced.blockId;
    if (advanced.heldUntil) {
      // The bot is paused for the client: the message waits until it resumes.
      await steps.processWaiting(runId, 'DELAY', Date.parse(advanced.heldUntil));
      await sleep(Math.max(1000, Date.parse(advanced.heldUntil) - Date.now()));
      entered = true;
      continue;
    }
    if (moveTo) {
      [current, moveTo] = [moveTo, null];
      continue;
    }
    const block = blockById(definition, current);
    if (!block) break;
    const port = await waitAt(block);
    if (ended) break;
    if (typeof port === 'object') {
      answered = port.advanced;
      continue;
    }
    if (port === 'moved' || moveTo) {
      if (moveTo) [current, moveTo] = [moveTo, null];
      continue;
    }
    current = follow(definition, block.id, port);
  }
  if (!ended) {
    ended = true;
    await steps.processEndRun(runId, seq++, { status: 'FINISHED', actorId: null });
  }
  await condition(allHandlersFinished);
}

/** Run by its schedule: starts runs whose start never reached Temporal and passes replies whose signal was lost. */
export async function sweepProcessRuns(): Promise<number> {
  return steps.processSweep();
}

// A schedule's firing pages through its segment: may take a while for a large one, retried whole (it starts nobody twice).
const firings = proxyActivities<ProcessActivities>({
  startToCloseTimeout: '10 minutes',
  retry: { initialInterval: '5 seconds', backoffCoefficient: 2, maximumInterval: '1 minute', maximumAttempts: 10 },
});

/**
 * Started by a SCHEDULE trigger's Temporal Schedule: starts runs for the segment's clients. The firing's workflow id
 * (the schedule's id and the firing's time) keys the runs, so a retried firing starts each client once.
 */
export async function processScheduleFired(processId: string, triggerId: string): Promise<number> {
  return firings.processStartScheduled(processId, triggerId, workflowInfo().workflowId);
}
