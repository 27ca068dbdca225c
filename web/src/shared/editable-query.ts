import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { useClient } from '@urql/solid';
import { createEffect, createSignal, on } from 'solid-js';
import { useLive } from '../inbox/live-context.ts';
import { mutationOutcome } from './mutation-outcome.ts';

type Payload = { userErrors: readonly { message: string }[] };

/**
 * A query's data with the mutations that change it: loaded from the network (again after a reconnect and after
 * each change); `run` performs a mutation and answers its payload, or null with `error` set.
 */
export const createEditableQuery = <Data, Variables extends AnyVariables>(query: TypedDocumentNode<Data, Variables>, variables: Variables) => {
  const urql = useClient();
  const live = useLive();
  const [data, setData] = createSignal<Data | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  let generation = 0;
  const load = async () => {
    const mine = ++generation;
    const result = await urql.query(query, variables, { requestPolicy: 'network-only' }).toPromise();
    if (mine !== generation) return;
    if (result.data) setData(() => result.data!);
    else setError(result.error?.message ?? 'Could not load the data.');
  };
  void load();
  createEffect(on(live.reconnects, (count) => count > 0 && void load(), { defer: true }));

  const run = async <D, V extends AnyVariables, P extends Payload>(document: TypedDocumentNode<D, V>, vars: V, payloadOf: (data: D) => P | null | undefined) => {
    setBusy(true);
    setError(null);
    const { payload, error } = mutationOutcome(await urql.mutation(document, vars).toPromise(), payloadOf, 'The change failed.');
    setBusy(false);
    setError(error);
    // Also after a refusal: inputs showing the refused value (a role, a name) go back to what is stored.
    await load();
    return payload;
  };

  return { data, error, setError, busy, run, reload: load };
};
