import { Context } from '@temporalio/activity';
import { beginBroadcast, broadcastStatus, finishBroadcast, sendBroadcastPage, type RecipientCursor } from '../../../api/src/broadcasts/broadcast-send.service.ts';
import type { Drivers } from '../../../api/src/channels/drivers/drivers.ts';
import type { App } from '../../../api/src/context.ts';

// Thin: the rules live in the API's broadcast services, called with a fresh EntityManager fork.
export function createBroadcastActivities(app: App, drivers: Drivers) {
  return {
    async beginBroadcast(broadcastId: string) {
      return beginBroadcast(app, app.orm.em.fork(), broadcastId);
    },
    async sendBroadcastPage(broadcastId: string, after: RecipientCursor | null, limit: number) {
      const context = Context.current();
      return sendBroadcastPage(app, app.orm.em.fork(), drivers, broadcastId, after, limit, () => context.heartbeat());
    },
    async readBroadcastStatus(broadcastId: string) {
      return broadcastStatus(app.orm.em.fork(), broadcastId);
    },
    async finishBroadcast(broadcastId: string, ending: { cancelled: boolean; failReason?: string }) {
      await finishBroadcast(app, app.orm.em.fork(), broadcastId, ending);
    },
  };
}

export type BroadcastActivities = ReturnType<typeof createBroadcastActivities>;
