import type { AnyVariables, TypedDocumentNode } from '@urql/core';
import { createSubscription, useClient } from '@urql/solid';
import { createEffect, createSignal, on } from 'solid-js';
import type { ClientCrmQuery as ClientCrmData } from '../../../generated/graphql.ts';
import { mutationOutcome } from '../../../shared/mutation-outcome.ts';
import { useLive } from '../../live-context.ts';
import { ClientCrmQuery } from './client-crm.query.ts';
import { ClientUpdatedSubscription } from './client-updated.subscription.ts';

type Payload = { userErrors: readonly { message: string }[] };
export type ClientCrmState = ReturnType<typeof createClientCrm>;
export type CrmClient = NonNullable<ClientCrmData['client']>;

/**
 * The card's CRM data for one client, reloaded when anyone changes the client (the clientUpdated subscription),
 * after a reconnect, and after each of our own changes. `run` performs a mutation; a refusal lands in `error`.
 */
export const createClientCrm = (clientId: string) => {
  const urql = useClient();
  const live = useLive();
  const [data, setData] = createSignal<ClientCrmData | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [busy, setBusy] = createSignal(false);

  let generation = 0;
  const load = async () => {
    const mine = ++generation;
    const result = await urql.query(ClientCrmQuery, { id: clientId }, { requestPolicy: 'network-only' }).toPromise();
    if (mine !== generation) return;
    if (result.data) setData(result.data);
    else setError(result.error?.message ?? 'Could not load the client.');
  };
  void load();
  createEffect(on(live.reconnects, (count) => count > 0 && void load(), { defer: true }));
  createSubscription({ query: ClientUpdatedSubscription, variables: { clientId } }, (_previous, event) => {
    void load();
    return event;
  });

  /** Runs a mutation; answers whether it went through. */
  const run = async <Data, Variables extends AnyVariables>(document: TypedDocumentNode<Data, Variables>, variables: Variables, payloadOf: (data: Data) => Payload | null | undefined) => {
    setBusy(true);
    setError(null);
    const { payload, error } = mutationOutcome(await urql.mutation(document, variables).toPromise(), payloadOf, 'The change failed.');
    setBusy(false);
    setError(error);
    if (payload) await load();
    return Boolean(payload);
  };

  const role = () => data()?.me.operator?.role ?? 'OWNER';
  return {
    clientId,
    data,
    client: () => data()?.client ?? null,
    error,
    setError,
    busy,
    run,
    reload: load,
    isManager: () => role() !== 'OPERATOR',
    isAdmin: () => role() === 'OWNER' || role() === 'ADMIN',
  };
};
