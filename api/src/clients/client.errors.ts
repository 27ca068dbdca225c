import { defineUserErrors, textLength } from '../graphql/errors.ts';

// The refusals about clients (profile, owner, bot pause, purge, merge): each reason (schema/client.graphql) with its
// code and English words.
export const clientErrors = defineUserErrors({
  CLIENT_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such client.' },
  CLIENT_NAME_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  CLIENT_FIELD_LENGTH: { code: 'INVALID_INPUT', message: ({ max }: { max: number }, field) => `The ${field} must be at most ${max} characters.` },
  CLIENT_PHONE_INVALID: { code: 'INVALID_INPUT', message: 'The phone must be digits, optionally with +, spaces, dashes or brackets.' },
  CLIENT_EMAIL_INVALID: { code: 'INVALID_INPUT', message: 'The e-mail is not an e-mail address.' },
  CLIENT_OWNER_FORBIDDEN: { code: 'FORBIDDEN', message: 'Only managers may take a client another employee owns.' },
  CLIENT_BOT_PAUSE_RANGE: { code: 'INVALID_INPUT', message: 'Pause the bot for 1 to 720 hours.' },
  CLIENT_PURGE_NOT_DELETED: { code: 'CONFLICT', message: 'Delete the client first; only deleted clients can be purged.' },
  CLIENT_MERGE_SELF: { code: 'INVALID_INPUT', message: 'A client cannot be merged with itself.' },
  CLIENT_MERGE_SURVIVOR_DELETED: { code: 'CONFLICT', message: 'The surviving client is deleted; restore it first.' },
  CLIENT_MERGE_MERGED_DELETED: { code: 'CONFLICT', message: 'That client is already deleted.' },
  CLIENT_MERGE_DELETED_MEANWHILE: { code: 'CONFLICT', message: 'One of the clients was deleted meanwhile.' },
});
