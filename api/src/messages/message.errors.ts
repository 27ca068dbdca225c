import { defineUserErrors } from '../graphql/errors.ts';

// The refusals of messages (sending, pinning, editing, deleting, forwarding): each reason (schema/message.graphql,
// schema/message-actions.graphql) with its code and English words.
export const messageErrors = defineUserErrors({
  MESSAGE_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such message.' },
  MESSAGE_EMPTY: { code: 'INVALID_INPUT', message: 'The message is empty.' },
  MESSAGE_LENGTH: { code: 'INVALID_INPUT', message: ({ max }: { max: number }) => `The message is longer than ${max} characters.` },
  MESSAGE_IDEMPOTENCY_KEY_LENGTH: { code: 'INVALID_INPUT', message: ({ max }: { max: number }) => `idempotencyKey must be 1 to ${max} characters.` },
  MESSAGE_IDEMPOTENCY_KEY_REQUIRED: { code: 'INVALID_INPUT', message: 'An API token sends with an idempotencyKey: a retry with the same key is the same message.' },
  MESSAGE_CLIENT_BLOCKED: { code: 'FORBIDDEN', message: 'The client is blocked: nothing is sent to them.' },
  MESSAGE_CHANNEL_NOT_ACTIVE: { code: 'CONFLICT', message: 'The channel of this conversation is paused or disconnected.' },
  MESSAGE_CLIENT_UNREACHABLE: { code: 'CONFLICT', message: 'The client blocked the bot or left the chat on this channel: write to them on another one.' },
  MESSAGE_MEDIA_UNSUPPORTED: { code: 'INVALID_INPUT', message: ({ kind }: { kind: string }) => `This messenger does not send files of kind ${kind}.` },
  MESSAGE_TEMPLATE_UNSUPPORTED: { code: 'INVALID_INPUT', message: 'This messenger has no message templates.' },
  MESSAGE_TEMPLATE_NOT_FOUND: { code: 'NOT_FOUND', message: 'The channel has no approved template of this name and language.' },
  MESSAGE_TEMPLATE_PARAMETERS: { code: 'INVALID_INPUT', message: ({ count }: { count: number }) => `The template takes ${count} parameters.` },
  MESSAGE_OUTSIDE_REPLY_WINDOW: {
    code: 'CONFLICT',
    message: ({ hours }: { hours: number }) => `More than ${hours} hours since the client wrote: this messenger takes only an approved template now.`,
  },
  MESSAGE_PIN_DELETED: { code: 'INVALID_INPUT', message: 'A deleted message cannot be pinned.' },
  MESSAGE_PIN_LIMIT: { code: 'CONFLICT', message: ({ limit }: { limit: number }) => `A conversation has at most ${limit} pinned messages: unpin one first.` },
  MESSAGE_EDIT_AUTHOR_ONLY: { code: 'FORBIDDEN', message: 'Only its author can edit a sent message.' },
  MESSAGE_EDIT_DELETED: { code: 'INVALID_INPUT', message: 'A deleted message cannot be edited.' },
  MESSAGE_EDIT_NOT_SENT: { code: 'INVALID_INPUT', message: 'Only a sent message can be edited.' },
  MESSAGE_EDIT_TOO_LATE: { code: 'INVALID_INPUT', message: ({ hours }: { hours: number }) => `This messenger takes edits within ${hours} hours of sending.` },
  MESSAGE_EDIT_UNSUPPORTED: { code: 'INVALID_INPUT', message: 'This messenger takes no edits.' },
  MESSAGE_EDIT_REFUSED: { code: 'INVALID_INPUT', message: ({ reason }: { reason: string }) => `The messenger did not take the edit: ${reason}` },
  MESSAGE_DELETE_FORBIDDEN: { code: 'FORBIDDEN', message: 'Your role may not delete messages in this project.' },
  MESSAGE_FORWARD_DELETED: { code: 'INVALID_INPUT', message: 'A deleted message cannot be forwarded.' },
  MESSAGE_FORWARD_TARGET_NOT_FOUND: { code: 'NOT_FOUND', message: "No other channel of this message's client with that id." },
});
