// Opaque global ids: base64url("<Type>:<uuid>"). Anything malformed decodes to null, so callers answer "not found".
export type NodeType = 'Project' | 'Operator' | 'Channel' | 'Client' | 'ClientChannel' | 'Conversation' | 'Message' | 'Task' | 'Team' | 'File'
  | 'Label' | 'VariableDefinition' | 'Funnel' | 'FunnelStage' | 'Deal' | 'ClientActivity' | 'ClientJob' | 'Broadcast'
  | 'Process' | 'ProcessVersion' | 'ProcessRun'
  | 'ApiToken' | 'ConversationEvent' | 'Comment' | 'Notification' | 'QuickReply' | 'QuickReplyFolder' | 'SavedFilter'
  | 'WebhookEndpoint' | 'WebhookDelivery';
/** Every type with a global id: all of them are fetchable through node(id:). */
export type IdType = NodeType;

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
export const isUuid = (value: string) => uuid.test(value);

export function toGlobalId(type: IdType, id: string): string {
  return Buffer.from(`${type}:${id}`).toString('base64url');
}

export function fromGlobalId(globalId: string): { type: IdType; id: string } | null {
  const [type, id, ...rest] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  if (!type || !id || rest.length || !uuid.test(id)) return null;
  return { type: type as IdType, id };
}

/** The uuid behind a global id of the expected type, or null. */
export function idOf(type: IdType, globalId: string): string | null {
  const decoded = fromGlobalId(globalId);
  return decoded?.type === type ? decoded.id : null;
}
