import { defineUserErrors, textLength } from '../graphql/errors.ts';

// The refusals of conversations, their comments and saved filters: each reason (schema/conversation-actions.graphql,
// schema/comment.graphql, schema/saved-filter.graphql) with its code and English words.
export const conversationErrors = defineUserErrors({
  CONVERSATION_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such conversation.' },
  CONVERSATION_PIN_LIMIT: { code: 'CONFLICT', message: ({ limit }: { limit: number }) => `A project has at most ${limit} pinned conversations: unpin one first.` },
  CONVERSATION_HAND_ON_OWN_ONLY: { code: 'FORBIDDEN', message: 'Operators may take unassigned conversations and hand on their own only.' },
  CONVERSATION_TRANSFER_TARGET: { code: 'INVALID_INPUT', message: 'Transfer to a team or an operator.' },
  CONVERSATION_TAKE_OPERATOR_ONLY: { code: 'FORBIDDEN', message: 'Only an operator can take a conversation.' },
  COMMENT_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such comment.' },
  COMMENT_EMPTY: { code: 'INVALID_INPUT', message: 'The comment is empty.' },
  COMMENT_LENGTH: { code: 'INVALID_INPUT', message: ({ max }: { max: number }) => `The comment is longer than ${max} characters.` },
  COMMENT_MENTION_LIMIT: { code: 'INVALID_INPUT', message: ({ limit }: { limit: number }) => `A comment mentions at most ${limit} operators.` },
  COMMENT_MENTION_NOT_FOUND: { code: 'NOT_FOUND', message: 'A mentioned operator is not in this project.' },
  COMMENT_DELETED: { code: 'INVALID_INPUT', message: 'A deleted comment cannot be edited.' },
  COMMENT_DELETED_PIN: { code: 'INVALID_INPUT', message: 'A deleted comment cannot be pinned.' },
  COMMENT_EDIT_AUTHOR_ONLY: { code: 'FORBIDDEN', message: 'Only its author can edit a comment.' },
  COMMENT_DELETE_FORBIDDEN: { code: 'FORBIDDEN', message: 'Only its author, a manager, an admin or an owner can delete a comment.' },
  COMMENT_PIN_LIMIT: { code: 'CONFLICT', message: ({ limit }: { limit: number }) => `A conversation has at most ${limit} pinned comments: unpin one first.` },
  SAVED_FILTER_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such saved filter.' },
  SAVED_FILTER_OPERATOR_ONLY: { code: 'FORBIDDEN', message: 'Only an operator keeps saved filters.' },
  SAVED_FILTER_NAME_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  // The filter's own words say what is wrong with it (as the chat list would refuse it).
  SAVED_FILTER_INVALID: { code: 'INVALID_INPUT', message: ({ problem }: { problem: string }) => problem },
  SAVED_FILTER_CHANGE_FORBIDDEN: { code: 'FORBIDDEN', message: 'Only its owner (or a manager, for a shared filter) can change it.' },
  SAVED_FILTER_LIMIT: { code: 'CONFLICT', message: ({ limit }: { limit: number }) => `A project has at most ${limit} saved filters.` },
});
