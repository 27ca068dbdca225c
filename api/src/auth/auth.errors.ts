import { defineUserErrors, textLength } from '../graphql/errors.ts';

// The refusals of signing in and of API tokens: each reason (schema/project.graphql, schema/api-token.graphql)
// with its code and English words.
export const authErrors = defineUserErrors({
  LOGIN_CREDENTIALS_WRONG: { code: 'INVALID_CREDENTIALS', message: 'The e-mail or the password is wrong.' },
  LOGIN_THROTTLED: { code: 'THROTTLED', message: ({ seconds }: { seconds: number }) => `Too many failed logins: try again in ${seconds} s.` },
  LOGOUT_API_TOKEN: { code: 'FORBIDDEN', message: 'An API token is not logged out: revoke it (revokeApiToken).' },
  API_TOKEN_NAME_LENGTH: { code: 'INVALID_INPUT', message: textLength },
  API_TOKEN_LIMIT: { code: 'CONFLICT', message: ({ limit }: { limit: number }) => `A project has at most ${limit} API tokens: revoke one first.` },
  API_TOKEN_NOT_FOUND: { code: 'NOT_FOUND', message: 'No such API token.' },
});
