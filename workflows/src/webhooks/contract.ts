// What the API needs of webhook delivery: the workflow (started by reference), its id and the signal that wakes it.
// No Node built-ins: workflows import this file too.
import { defineSignal } from '@temporalio/workflow';

export { deliverWebhooks } from './webhook.workflows.ts';

/**
 * One workflow per endpoint and ordering key (a conversation, a client, the pings): it sends that key's deliveries one
 * after the other, so a receiver gets a conversation's events in the order they happened.
 */
export const deliverWebhooksWorkflowId = (endpointId: string, orderingKey: string) => `webhooks-${endpointId}-${orderingKey}`;

/** New deliveries are stored for the workflow's key: it reads them from the database, in order. */
export const webhookQueuedSignal = defineSignal('webhookQueued');
