import { GraphQLError } from 'graphql';
import type { UserErrorCode, UserErrorReason } from '../generated/graphql.ts';

/** What a refusal's words are built from (a limit, a count, a name); callers get them as `values`. */
export type ErrorValues = { readonly [name: string]: string | number };

/** `values` as the schema's list of `{ name, value }` (numbers in decimal digits). */
export const valueList = (values: ErrorValues) => Object.entries(values).map(([name, value]) => ({ name, value: String(value) }));

/** `extensions.reason` and `extensions.values` of a GraphQL error that is not a user error (limits, input hygiene). */
export const reasonOf = (reason: UserErrorReason, values: ErrorValues = {}) => ({ reason, values: valueList(values) });

type Refusal = { code: UserErrorCode; reason: UserErrorReason; message: string; field?: string | null; values?: ErrorValues };

/**
 * An expected failure: mutations turn it into `userErrors` (see `payload`); anywhere else it reaches the caller
 * as a GraphQL error with its code and reason. Either way nothing was changed. Made by a feature's table of
 * refusals (`defineUserErrors`), which keeps each reason's code and English words together.
 */
export class UserError extends GraphQLError {
  readonly code: UserErrorCode;
  readonly reason: UserErrorReason;
  readonly field: string | null;
  readonly values: ErrorValues;
  constructor({ code, reason, message, field = null, values = {} }: Refusal) {
    super(message, { extensions: { code, reason, values: valueList(values) } });
    this.code = code;
    this.reason = reason;
    this.field = field;
    this.values = values;
  }
}

// A refusal's English words: fixed, or built from its values (and the input field, for shared wordings).
type Words = string | ((values: never, field: string | null) => string);
type Refusals = { readonly [R in UserErrorReason]?: { readonly code: UserErrorCode; readonly message: Words } };

/** Makes a reason's UserError: `(field)`, or `(field, values)` when its words take values. */
type Thrower<W> = W extends (values: infer V, field: string | null) => string
  ? unknown extends V
    ? (field?: string | null) => UserError
    : (field: string | null, values: V & ErrorValues) => UserError
  : (field?: string | null) => UserError;

/**
 * A feature's refusals, each a reason of the schema's `UserErrorReason` (one the schema lacks fails the typecheck)
 * with its code and English words. Answers a thrower per reason: `throw teamErrors.TEAM_NAME_TAKEN('name', { name })`.
 */
export function defineUserErrors<const D extends Refusals>(refusals: D & { readonly [K in Exclude<keyof D, UserErrorReason>]: never }) {
  const throwers: Record<string, (field?: string | null, values?: ErrorValues) => UserError> = {};
  for (const [reason, { code, message }] of Object.entries(refusals as Refusals) as [UserErrorReason, { code: UserErrorCode; message: Words }][]) {
    const words = message as string | ((values: ErrorValues, field: string | null) => string);
    throwers[reason] = (field = null, values = {}) =>
      new UserError({ code, reason, field, values, message: typeof words === 'string' ? words : words(values, field) });
  }
  return throwers as unknown as { readonly [R in keyof D]: Thrower<D[R] extends { message: infer W } ? W : never> };
}

/** The English words of a text's length refusal, shared by the features' `*_LENGTH` reasons. */
export const textLength = ({ max }: { max: number }, field: string | null) => `The ${field} must be 1 to ${max} characters.`;

/** `value` trimmed, or the feature's length refusal (`refuse`, with `max`) when that leaves it empty or longer than `max`. */
export function boundedText(value: string, field: string, refuse: (field: string, values: { max: number }) => UserError, max = 100): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > max) throw refuse(field, { max });
  return trimmed;
}

/** A user error as a payload's `userErrors` item. */
export const userErrorItem = ({ code, reason, message, field, values }: UserError) => ({ code, reason, message, field, values: valueList(values) });

/** Runs a mutation's work and shapes the payload: its result, or the user error it threw. */
export async function payload<T extends object>(work: () => Promise<T>) {
  try {
    return { ...(await work()), userErrors: [] };
  } catch (error) {
    if (error instanceof UserError) return { userErrors: [userErrorItem(error)] };
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
