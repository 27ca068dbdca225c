import type { App } from '../../../api/src/context.ts';
import { cancelScheduled, fireScheduled, rescheduleScheduled, startOverdueSchedules } from '../../../api/src/scheduled/scheduled-message.service.ts';

// Thin: the rules live in the API's service, called with a fresh EntityManager fork.
export function createScheduledActivities(app: App) {
  return {
    /** Hands the message to delivery if it is due (or `now`); `pendingUntil` when the database holds a later time. */
    fireScheduledMessage: (messageId: string, how: { actorId: string | null; now: boolean }) => fireScheduled(app, app.orm.em.fork(), messageId, how),
    /** Moves the due time; false when the message is no longer SCHEDULED. */
    rescheduleScheduledMessage: (messageId: string, dueAt: string, actorId: string | null) =>
      rescheduleScheduled(app, app.orm.em.fork(), messageId, new Date(dueAt), actorId),
    /** Marks it CANCELLED; false when it is no longer SCHEDULED. */
    cancelScheduledMessage: (messageId: string, actorId: string | null) => cancelScheduled(app, app.orm.em.fork(), messageId, actorId),
    /** Starts the workflows of overdue SCHEDULED messages (those whose start never reached Temporal). */
    startOverdueSchedules: () => startOverdueSchedules(app, app.orm.em.fork()),
  };
}

export type ScheduledActivities = ReturnType<typeof createScheduledActivities>;
