// What the API needs to hand a message to delivery: the workflow (started by reference) and its id. This file is all
// that api/ imports from here; it holds no Node built-ins, as workflows import it too.
export { deliverMessage } from './delivery.workflows.ts';

/** One delivery per message: a second start for the same message finds the first. */
export const deliverMessageWorkflowId = (messageId: string) => `deliver-message-${messageId}`;
