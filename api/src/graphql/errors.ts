import { GraphQLError } from 'graphql';

export type UserErrorCode = 'INVALID_INPUT' | 'NOT_FOUND' | 'FORBIDDEN' | 'INVALID_CREDENTIALS' | 'CONFLICT' | 'THROTTLED';

/**
 * An expected failure: mutations turn it into `userErrors` (see `payload`); anywhere else it reaches the caller
 * as a GraphQL error with its code. Either way nothing was changed.
 */
export class UserError extends GraphQLError {
  readonly code: UserErrorCode;
  readonly field: string | null;
  constructor(code: UserErrorCode, message: string, field: string | null = null) {
    super(message, { extensions: { code } });
    this.code = code;
    this.field = field;
  }
}

/** `value` trimmed, or an INVALID_INPUT user error on `field` when that leaves it empty or longer than `max`. */
export function boundedText(value: string, field: string, max = 100): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > max) throw new UserError('INVALID_INPUT', `The ${field} must be 1 to ${max} characters.`, field);
  return trimmed;
}

/** Runs a mutation's work and shapes the payload: its result, or the user error it threw. */
export async function payload<T extends object>(work: () => Promise<T>) {
  try {
    return { ...(await work()), userErrors: [] };
  } catch (error) {
    if (error instanceof UserError) return { userErrors: [{ code: error.code, message: error.message, field: error.field }] };
    throw error;
  }
}

export const unauthenticated = () =>
  new GraphQLError('Sign in first: send a valid token in the Authorization header.', {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } },
  });

export const badInput = (message: string) => new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });

export const notFound = (message: string) => new GraphQLError(message, { extensions: { code: 'NOT_FOUND' } });

const internal = { message: 'Internal server error.', extensions: { code: 'INTERNAL_SERVER_ERROR' } };

/** Unexpected failures (a bug, a lost database) reach the log, never the caller: no internals leak. */
export function maskUnexpected(error: GraphQLError) {
  const original = error.originalError;
  if (!original || original instanceof GraphQLError) {
    // `extensions.http` is for the HTTP transport (status, headers), not part of the error.
    const { http: _http, ...extensions } = error.extensions;
    return { ...error.toJSON(), extensions };
  }
  console.error('[graphql]', original);
  return internal;
}
