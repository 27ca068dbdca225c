import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useClient } from '@urql/solid';
import { createEffect, createSignal, on } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import { useLive } from '../inbox/live-context.ts';
import { commonMessages } from '../ui/common.messages.ts';
import { type FailureWords, mutationOutcome, type Refusal } from './mutation-outcome.ts';

type Payload = { userErrors: readonly Refusal[] };

/** The words for failures in the chosen language (the API's English, and these defaults, otherwise). */
export type EditableQueryWords = FailureWords & { loadFailed?: () => string; failed?: () => string };

/**
 * A query's data with the mutations that change it: loaded from the network (again after a reconnect, after each
 * change, and when `variables`, given as a function, change: a search, a filter); `run` performs a mutation and
 * answers its payload, or null with `error` set.
 */
export const createEditableQuery = <Data, Variables extends AnyVariables>(
  query: TypedDocumentNode<Data, Variables>,
  variables: Variables | (() => Variables),
  words: EditableQueryWords = {},
) => {
  const urql = useClient();
  const live = useLive();
  const common = useMessages(commonMessages);
  const [data, setData] = createSignal<Data | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  const current = () => (typeof variables === 'function' ? variables() : variables);
  let generation = 0;
  const load = async () => {
    const mine = ++generation;
    const result = await urql.query(query, current(), { requestPolicy: 'network-only' }).toPromise();
    if (mine !== generation) return;
    if (result.data) setData(() => result.data!);
    else if (result.error?.networkError && words.unreachable) setError(words.unreachable());
    else setError(result.error?.message ?? words.loadFailed?.() ?? common('loadFailed'));
  };
  void load();
  createEffect(on(live.reconnects, (count) => count > 0 && void load(), { defer: true }));
  createEffect(on(current, () => void load(), { defer: true }));

  const run = async <D, V extends AnyVariables, P extends Payload>(document: TypedDocumentNode<D, V>, vars: V, payloadOf: (data: D) => P | null | undefined) => {
    setBusy(true);
    setError(null);
    const { payload, error } = mutationOutcome(await urql.mutation(document, vars).toPromise(), payloadOf, words.failed?.() ?? common('changeFailed'), words);
    setBusy(false);
    setError(error);
    // Also after a refusal: inputs showing the refused value (a role, a name) go back to what is stored.
    await load();
    return payload;
  };

  return { data, error, setError, busy, run, reload: load };
};
