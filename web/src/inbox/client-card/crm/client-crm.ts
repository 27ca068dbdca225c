import { createSubscription } from '@urql/solid';
import type { ClientCrmQuery as ClientCrmData } from '../../../generated/graphql.ts';
import { createEditableQuery } from '../../../shared/editable-query.ts';
import { ClientCrmQuery } from './client-crm.query.ts';
import { ClientUpdatedSubscription } from './client-updated.subscription.ts';

export type ClientCrmState = ReturnType<typeof createClientCrm>;
export type CrmClient = NonNullable<ClientCrmData['client']>;

/**
 * The card's CRM data for one client, reloaded when anyone changes the client (the clientUpdated subscription),
 * after a reconnect, and after each of our own changes. `run` performs a mutation; a refusal lands in `error`.
 */
export const createClientCrm = (clientId: string) => {
  const crm = createEditableQuery(ClientCrmQuery, { id: clientId });
  createSubscription({ query: ClientUpdatedSubscription, variables: { clientId } }, (_previous, event) => {
    void crm.reload();
    return event;
  });
  return {
    ...crm,
    clientId,
    client: () => crm.data()?.client ?? null,
    can: (action: 'deleteClients' | 'purgeClients') => !!crm.data()?.me.can[action],
  };
};
