import type { OperationResult } from '@urql/core';
import { useMessages } from '../i18n/messages.ts';
import { commonMessages } from '../ui/common.messages.ts';

const t = useMessages(commonMessages);

export type Refusal = { message: string; code?: string | null; field?: string | null };
type Payload = { userErrors: readonly Refusal[] };

/** The words a view shows for a failure in the chosen language; left out, the API's English is shown. */
export type FailureWords = {
  /** A user error's words by its code and field; undefined keeps the API's message. */
  refusal?: (error: Refusal) => string | undefined;
  unreachable?: () => string;
};

/**
 * What a mutation came to: its payload, or the message to show — its user errors, "unreachable" when the request
 * never got an answer, the GraphQL error, or `fallback` when there is no payload at all.
 */
export function mutationOutcome<Data, P extends Payload>(
  result: OperationResult<Data>,
  payloadOf: (data: Data) => P | null | undefined,
  fallback: string,
  words: FailureWords = {},
): { payload: P; error: null } | { payload: null; error: string } {
  const payload = result.data ? payloadOf(result.data) : undefined;
  if (result.error || !payload) {
    const unreachable = words.unreachable?.() ?? t('unreachable');
    return { payload: null, error: result.error?.networkError ? unreachable : (result.error?.message ?? fallback) };
  }
  if (payload.userErrors.length) return { payload: null, error: payload.userErrors.map((e) => words.refusal?.(e) ?? e.message).join(' ') };
  return { payload, error: null };
}
