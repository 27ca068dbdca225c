import { defineUserErrors, textLength } from '../graphql/errors.ts';

// The refusals about operators (their administration, presence, settings and notifications): each reason
// (schema/operator-admin.graphql, schema/presence.graphql, schema/notification.graphql) with its code and English words.
export const operatorErrors = defineUserErrors({
  OPERATOR_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such operator.' },
  OPERATOR_NOT_IN_PROJECT: { code: 'NOT_FOUND', message: 'No such operator in this project.' },
  OPERATOR_ACTOR_ONLY: { code: 'FORBIDDEN', message: 'Only an operator may do this.' },
  OPERATOR_NAME_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  OPERATOR_EMAIL_INVALID: { code: 'INVALID_INPUT', message: 'The e-mail is not an e-mail address.' },
  OPERATOR_EMAIL_TAKEN: { code: 'CONFLICT', message: 'An operator with this e-mail already exists.' },
  OPERATOR_PASSWORD_LENGTH: { code: 'INVALID_INPUT', message: 'The password must be 8 to 200 characters.' },
  OPERATOR_LIMIT: { code: 'CONFLICT', message: ({ limit }: { limit: number }) => `A project has at most ${limit} operators.` },
  OPERATOR_ADD_OWNER_FORBIDDEN: { code: 'FORBIDDEN', message: 'Only an owner may add an owner.' },
  OPERATOR_CHANGE_OWNER_FORBIDDEN: { code: 'FORBIDDEN', message: 'Only an owner may change an owner.' },
  OPERATOR_MAKE_OWNER_FORBIDDEN: { code: 'FORBIDDEN', message: 'Only an owner may make an owner.' },
  OPERATOR_LAST_OWNER: { code: 'FORBIDDEN', message: 'The project must keep at least one active owner.' },
  OPERATOR_OWN_ROLE: { code: 'FORBIDDEN', message: 'Nobody may change their own role.' },
  OPERATOR_DEACTIVATE_SELF: { code: 'FORBIDDEN', message: 'Nobody may deactivate themselves.' },
  OPERATOR_PASSWORD_OPERATOR_ONLY: { code: 'FORBIDDEN', message: 'Only an operator has a password.' },
  OPERATOR_PASSWORD_WRONG: { code: 'INVALID_CREDENTIALS', message: 'The current password is wrong.' },
  OPERATOR_SETTINGS_OPERATOR_ONLY: { code: 'FORBIDDEN', message: 'Only an operator has settings.' },
  OPERATOR_CAPACITY_RANGE: { code: 'INVALID_INPUT', message: 'The capacity must be 0 to 1000.' },
  PRESENCE_OPERATOR_ONLY: { code: 'FORBIDDEN', message: 'Only an operator has a presence.' },
  PRESENCE_REPORT_RANGE: { code: 'INVALID_INPUT', message: '`from` must be before `to`.' },
  NOTIFICATION_OPERATOR_ONLY: { code: 'FORBIDDEN', message: 'Only an operator has notifications.' },
  NOTIFICATION_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such notification.' },
});
