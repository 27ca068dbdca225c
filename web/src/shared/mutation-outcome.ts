import type { OperationResult } from '@urql/core';
import { requestErrorText, refusalText, type Refusal } from './refusal-text.ts';

export type { Refusal };
type Payload = { userErrors: readonly Refusal[] };

/** What a mutation's failure says, read when shown: the words follow the chosen language. */
export type Failure = () => string;

/**
 * What a mutation came to: its payload, or its failure — its user errors in the chosen language (by reason),
 * "unreachable" when the request never got an answer, the GraphQL error, or `fallback` when there is no payload.
 */
export function mutationFailure<Data, P extends Payload>(
  result: OperationResult<Data>,
  payloadOf: (data: Data) => P | null | undefined,
  fallback: Failure,
): { payload: P; failure: null } | { payload: null; failure: Failure } {
  const payload = result.data ? payloadOf(result.data) : undefined;
  const { error } = result;
  if (error) return { payload: null, failure: () => requestErrorText(error) };
  if (!payload) return { payload: null, failure: fallback };
  if (payload.userErrors.length) {
    const refusals = [...payload.userErrors];
    return { payload: null, failure: () => refusals.map(refusalText).join(' ') };
  }
  return { payload, failure: null };
}

/** As `mutationFailure`, with the failure's words as they read now. */
export function mutationOutcome<Data, P extends Payload>(
  result: OperationResult<Data>,
  payloadOf: (data: Data) => P | null | undefined,
  fallback: string,
): { payload: P; error: null } | { payload: null; error: string } {
  const outcome = mutationFailure(result, payloadOf, () => fallback);
  return outcome.payload ? { payload: outcome.payload, error: null } : { payload: null, error: outcome.failure!() };
}
