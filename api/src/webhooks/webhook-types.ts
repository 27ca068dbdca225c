// The events a webhook endpoint may take: the schema's WebhookEventType, and the `type` its bodies carry.
export const webhookEventTypes = [
  'MESSAGE_CREATED',
  'MESSAGE_STATUS_CHANGED',
  'CONVERSATION_CREATED',
  'CONVERSATION_UPDATED',
  'CONVERSATION_CLOSED',
  'CLIENT_CREATED',
  'CLIENT_CHANGED',
  'DEAL_MOVED',
  'TASK_CHANGED',
  'PROCESS_RUN_CHANGED',
] as const;
export type WebhookEventType = (typeof webhookEventTypes)[number];

/** The body's `type` of each (a test ping's is `ping`). */
export const bodyTypes: Record<WebhookEventType, string> = {
  MESSAGE_CREATED: 'message.created',
  MESSAGE_STATUS_CHANGED: 'message.status_changed',
  CONVERSATION_CREATED: 'conversation.created',
  CONVERSATION_UPDATED: 'conversation.updated',
  CONVERSATION_CLOSED: 'conversation.closed',
  CLIENT_CREATED: 'client.created',
  CLIENT_CHANGED: 'client.changed',
  DEAL_MOVED: 'deal.moved',
  TASK_CHANGED: 'task.changed',
  PROCESS_RUN_CHANGED: 'process_run.changed',
};
