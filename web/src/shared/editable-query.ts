import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useClient } from '@urql/solid';
import { createEffect, createSignal, on } from 'solid-js';
import { useMessages } from '../i18n/messages.ts';
import { useLive } from '../inbox/live-context.ts';
import { type Failure, mutationFailure, type Refusal } from './mutation-outcome.ts';
import { requestErrorText } from './refusal-text.ts';
import { commonMessages } from '../ui/common.messages.ts';

type Payload = { userErrors: readonly Refusal[] };

/** The view's words for a load or a change that failed without saying why (refusals are worded by their reason). */
export type EditableQueryWords = { loadFailed?: () => string; failed?: () => string };

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
  // The failure shown, read when shown: its words follow the chosen language, also after it came.
  const [failure, setFailure] = createSignal<Failure | null>(null);
  const setError = (message: string | null) => setFailure(() => (message === null ? null : () => message));
  const [busy, setBusy] = createSignal(false);

  const current = () => (typeof variables === 'function' ? variables() : variables);
  let generation = 0;
  const load = async () => {
    const mine = ++generation;
    const result = await urql.query(query, current(), { requestPolicy: 'network-only' }).toPromise();
    if (mine !== generation) return;
    if (result.data) setData(() => result.data!);
    else {
      const { error } = result;
      setFailure(() => (error ? () => requestErrorText(error) : () => words.loadFailed?.() ?? common('loadFailed')));
    }
  };
  void load();
  createEffect(on(live.reconnects, (count) => count > 0 && void load(), { defer: true }));
  createEffect(on(current, () => void load(), { defer: true }));

  const run = async <D, V extends AnyVariables, P extends Payload>(document: TypedDocumentNode<D, V>, vars: V, payloadOf: (data: D) => P | null | undefined) => {
    setBusy(true);
    setFailure(null);
    const outcome = mutationFailure(await urql.mutation(document, vars).toPromise(), payloadOf, () => words.failed?.() ?? common('changeFailed'));
    setBusy(false);
    setFailure(() => outcome.failure);
    // Also after a refusal: inputs showing the refused value (a role, a name) go back to what is stored.
    await load();
    return outcome.payload;
  };

  const error = () => failure()?.() ?? null;
  return { data, error, setError, busy, run, reload: load };
};
