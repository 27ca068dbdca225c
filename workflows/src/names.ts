// Names shared by the workflows and the API's Temporal client. No Node built-ins here: workflows import it.
export const deliverMessageWorkflowId = (messageId: string) => `deliver-message-${messageId}`;
export const clientJobWorkflowId = (jobId: string) => `client-job-${jobId}`;
