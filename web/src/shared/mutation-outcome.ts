import type { OperationResult } from '@urql/core';
import { useMessages } from '../i18n/messages.ts';
import { commonMessages } from '../ui/common.messages.ts';

const t = useMessages(commonMessages);

type Payload = { userErrors: readonly { message: string }[] };

/**
 * What a mutation came to: its payload, or the message to show — its user errors, "unreachable" when the request
 * never got an answer, the GraphQL error, or `fallback` when there is no payload at all.
 */
export function mutationOutcome<Data, P extends Payload>(
  result: OperationResult<Data>,
  payloadOf: (data: Data) => P | null | undefined,
  fallback: string,
): { payload: P; error: null } | { payload: null; error: string } {
  const payload = result.data ? payloadOf(result.data) : undefined;
  if (result.error || !payload) {
    return { payload: null, error: result.error?.networkError ? t('unreachable') : (result.error?.message ?? fallback) };
  }
  if (payload.userErrors.length) return { payload: null, error: payload.userErrors.map((e) => e.message).join(' ') };
  return { payload, error: null };
}
