import type { Drivers } from '../../api/src/channels/drivers/drivers.ts';
import type { App } from '../../api/src/context.ts';
import { createBroadcastActivities } from './broadcasts/broadcast.activities.ts';
import { createClientJobActivities } from './client-jobs/client-job.activities.ts';
import { createDeliveryActivities } from './delivery/delivery.activities.ts';
import { createMaintenanceActivities } from './maintenance/maintenance.activities.ts';
import { createScheduledActivities } from './scheduled/scheduled.activities.ts';
import { createProcessActivities } from './processes/process.activities.ts';
import { createWebhookActivities } from './webhooks/webhook.activities.ts';

// Every process's activities, for the worker to register; each process's workflows see only their own types.
export const createActivities = (app: App, drivers: Drivers) => ({
  ...createDeliveryActivities(app, drivers),
  ...createClientJobActivities(app),
  ...createMaintenanceActivities(app),
  ...createScheduledActivities(app),
  ...createBroadcastActivities(app, drivers),
  ...createProcessActivities(app),
  ...createWebhookActivities(app),
});
