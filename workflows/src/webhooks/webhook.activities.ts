import type { App } from '../../../api/src/context.ts';
import { attemptNextWebhook, sweepWebhookDeliveries } from '../../../api/src/webhooks/webhook-send.service.ts';

// Thin: the rules (signing, the address check, the log, retries and disabling) live in the API's service.
export function createWebhookActivities(app: App) {
  return {
    /** Sends the key's oldest PENDING delivery once: 'sent' (or given up), a wait before trying it again, or 'idle'. */
    attemptNextWebhook: (endpointId: string, orderingKey: string) => attemptNextWebhook(app, app.orm.em.fork(), endpointId, orderingKey),
    /** Wakes the keys whose pending deliveries nobody attempts; drops old log entries. */
    sweepWebhookDeliveries: () => sweepWebhookDeliveries(app, app.orm.em.fork()),
  };
}

export type WebhookActivities = ReturnType<typeof createWebhookActivities>;
