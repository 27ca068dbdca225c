import { purgeExpiredClients } from '../../../api/src/clients/client-lifecycle.service.ts';
import type { App } from '../../../api/src/context.ts';
import { closeInactiveConversations } from '../../../api/src/conversations/auto-close.service.ts';
import { purgeStaleUploads } from '../../../api/src/files/file.service.ts';
import { purgeProcessedInboundEvents } from '../../../api/src/channels/inbound/inbound.service.ts';
import { notifyDueTasks } from '../../../api/src/tasks/task-due.service.ts';
import { purgeStreamEvents } from '../../../api/src/pubsub/stream.ts';

export function createMaintenanceActivities(app: App) {
  return {
    async closeInactive(): Promise<number> {
      return closeInactiveConversations(app, app.orm.em.fork());
    },
    async notifyDue(): Promise<number> {
      return notifyDueTasks(app, app.orm.em.fork());
    },
    async purgeExpiredClients(): Promise<number> {
      return purgeExpiredClients(app.orm.em.fork());
    },
    async purgeStaleUploads(): Promise<number> {
      return purgeStaleUploads(app, app.orm.em.fork());
    },
    async purgeInboundEvents(): Promise<number> {
      return purgeProcessedInboundEvents(app.orm.em.fork());
    },
    async purgeStreamEvents(): Promise<number> {
      return purgeStreamEvents(app.orm.em.fork());
    },
  };
}

export type MaintenanceActivities = ReturnType<typeof createMaintenanceActivities>;
