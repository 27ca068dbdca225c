import type { CombinedError } from '@urql/core';
import type { UserErrorFieldsFragment } from '../generated/graphql.ts';
import { locale } from '../i18n/locale.ts';
import { errorsMessages, type ErrorValues } from './errors.messages.ts';

/** A refusal as documents select it (`...UserErrorFields`), or as a GraphQL error's or an upload's extensions give it. */
export type Refusal = Pick<UserErrorFieldsFragment, 'message'> & Partial<Omit<UserErrorFieldsFragment, 'message' | 'reason'>> & { reason?: string | null };

type Words = string | ((values: ErrorValues) => string);

/**
 * A refusal's words in the chosen language, chosen by its reason and filled with its values (and `field`); the
 * server's English message for a reason this web app does not know yet (a newer server).
 */
export function refusalText(refusal: Refusal): string {
  const catalogue = errorsMessages[locale()];
  const reasons: Readonly<Record<string, Words>> = catalogue.reasons;
  const words = refusal.reason && Object.hasOwn(reasons, refusal.reason) ? reasons[refusal.reason] : undefined;
  if (words === undefined) return refusal.message;
  if (typeof words === 'string') return words;
  const values = Object.fromEntries((refusal.values ?? []).map(({ name, value }) => [name, value]));
  return words({ field: refusal.field ?? undefined, ...values });
}

type Extensions = { code?: unknown; reason?: unknown; field?: unknown; values?: unknown };
const isValueList = (values: unknown): values is { name: string; value: string }[] =>
  Array.isArray(values) && values.every((value: { name?: unknown; value?: unknown }) => typeof value?.name === 'string' && typeof value.value === 'string');

/**
 * A failed request's words in the chosen language: "unreachable" when no answer came, else its first GraphQL
 * error's by reason (limits, input hygiene, a user error outside a mutation) or by code, else that error's message.
 */
export function requestErrorText(error: CombinedError): string {
  const catalogue = errorsMessages[locale()];
  if (error.networkError) return catalogue.unreachable;
  const first = error.graphQLErrors[0];
  if (!first) return error.message;
  const { code, reason, field, values } = first.extensions as Extensions;
  if (typeof reason === 'string') {
    return refusalText({ reason, message: first.message, field: typeof field === 'string' ? field : null, values: isValueList(values) ? values : [] });
  }
  const codes: Readonly<Record<string, string>> = catalogue.codes;
  return typeof code === 'string' && Object.hasOwn(codes, code) ? codes[code]! : first.message;
}

/** A failed request's words (`requestErrorText`), or `fallback` when it failed without an error (no data). */
export const failureText = (error: CombinedError | undefined, fallback: string) => (error ? requestErrorText(error) : fallback);
