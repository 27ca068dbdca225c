import { defineUserErrors, textLength } from '../graphql/errors.ts';

// The refusals of quick replies, their folders and drafts: each reason (schema/quick-reply.graphql) with its code
// and English words.
export const quickReplyErrors = defineUserErrors({
  QUICK_REPLY_FOLDER_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such folder.' },
  QUICK_REPLY_FOLDER_NAME_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  QUICK_REPLY_FOLDER_LIMIT: { code: 'CONFLICT', message: ({ limit }: { limit: number }) => `A project has at most ${limit} quick reply folders.` },
  QUICK_REPLY_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such quick reply.' },
  QUICK_REPLY_TITLE_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  QUICK_REPLY_TEXT_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  DRAFT_OPERATOR_ONLY: { code: 'FORBIDDEN', message: 'Only an operator keeps drafts.' },
  DRAFT_LENGTH: { code: 'INVALID_INPUT', message: ({ max }: { max: number }) => `The draft is longer than ${max} characters.` },
});
