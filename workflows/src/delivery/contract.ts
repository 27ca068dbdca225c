// What the API needs to hand messages to delivery: the workflow (started by reference) and its ids. This file is all
// that api/ imports from here; it holds no Node built-ins, as workflows import it too.
export { deliverMessages } from './delivery.workflows.ts';

/** A batch's workflow id: its first message and a nonce (a message may be in two batches: the claim decides). */
export const deliverMessagesWorkflowId = (firstMessageId: string, nonce: string) => `deliver-${firstMessageId}-${nonce}`;
