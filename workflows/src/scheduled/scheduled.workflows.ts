import { allHandlersFinished, ApplicationFailure, condition, proxyActivities, setHandler } from '@temporalio/workflow';
import { cancelUpdate, dueTimeRefusal, timerGraceMs, type Actor, notPending, rescheduleUpdate, scheduledStateQuery, sendNowUpdate } from './contract.ts';
import type { ScheduledActivities } from './scheduled.activities.ts';

// Each step changes the database only while the message is still SCHEDULED, so a repeated call does nothing twice;
// while the database is unreachable they are tried again, for as long as it takes.
const { fireScheduledMessage, rescheduleScheduledMessage, cancelScheduledMessage, startOverdueSchedules } = proxyActivities<ScheduledActivities>({
  // A few statements: a worker lost in the middle is noticed soon, and the step tried again on another.
  startToCloseTimeout: '10 seconds',
  retry: { initialInterval: '1 second', backoffCoefficient: 2, maximumInterval: '30 seconds' },
});

const refused = (type: string, message: string) => ApplicationFailure.create({ type, message, nonRetryable: true });
const alreadyDone = () => refused(notPending, 'The message was already sent or cancelled.');

/**
 * One scheduled message: waits on a durable timer until its due time (and `graceMs` more, in which the due
 * dispatcher normally sends it in a batch), then hands the message to delivery if it still waits. Updates
 * move the due time (validated here: in the future, within a year, still pending), send it at once, or cancel it;
 * each is a timeline event. The database decides races (a due timer and a Send now at the same moment send once).
 */
export async function scheduledMessage(messageId: string, dueAt: string, graceMs = timerGraceMs): Promise<void> {
  let due = Date.parse(dueAt);
  let done = false;
  let moved = false;

  const refuseUnlessPending = () => {
    if (done) throw alreadyDone();
  };
  setHandler(scheduledStateQuery, () => ({ state: done ? 'done' : 'pending', dueAt: new Date(due).toISOString() }));
  setHandler(
    rescheduleUpdate,
    async ({ dueAt: next, actorId }) => {
      if (!(await rescheduleScheduledMessage(messageId, next, actorId))) {
        done = true;
        throw alreadyDone();
      }
      due = Date.parse(next);
      moved = true;
    },
    {
      validator: ({ dueAt: next }) => {
        refuseUnlessPending();
        const reason = dueTimeRefusal(Date.parse(next), Date.now());
        if (reason) throw refused(reason, `The due time ${next} is refused: ${reason}.`);
      },
    },
  );
  setHandler(
    sendNowUpdate,
    async ({ actorId }) => {
      const result = await fireScheduledMessage(messageId, { actorId, now: true });
      done = true;
      if (!result.fired) throw alreadyDone();
    },
    { validator: (_: Actor) => refuseUnlessPending() },
  );
  setHandler(
    cancelUpdate,
    async ({ actorId }) => {
      const cancelled = await cancelScheduledMessage(messageId, actorId);
      done = true;
      if (!cancelled) throw alreadyDone();
    },
    { validator: (_: Actor) => refuseUnlessPending() },
  );

  while (!done) {
    const wait = due + graceMs - Date.now();
    if (wait > 0) {
      moved = false;
      await condition(() => done || moved, wait);
      continue;
    }
    const result = await fireScheduledMessage(messageId, { actorId: null, now: false });
    // Moved later meanwhile (an update whose handler has not finished), or held by a batch of the dispatcher this
    // moment: wait for the database's time, or a second.
    if (result.pendingUntil) due = Math.max(Date.parse(result.pendingUntil), Date.now() + 1000 - graceMs);
    else done = true;
  }
  await condition(allHandlersFinished);
}

/** Run by its schedule: starts the workflow of every message still SCHEDULED a minute after its due time. */
export async function sweepOverdueSchedules(): Promise<number> {
  return startOverdueSchedules();
}
