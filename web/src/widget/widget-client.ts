import { Client, fetchExchange, stringifyDocument, type TypedDocumentNode } from '@urql/core';
import type { ExecutionResult, Sink } from 'graphql-ws';
import { createLiveSocket } from '../shared/realtime.ts';

// The widget's own small client: Visitor auth, no document cache (it only runs mutations and one subscription).
export const createWidgetClient = (visitorToken: () => string | null) => {
  const live = createLiveSocket({ connectionParams: () => ({ visitorToken: visitorToken() }) });

  const client = new Client({
    url: '/graphql',
    // POST only: Apollo’s CSRF prevention refuses GET queries that carry no preflight header.
    preferGetMethod: false,
    fetchOptions: (): RequestInit => {
      const token = visitorToken();
      return { headers: token ? { authorization: `Visitor ${token}` } : {} };
    },
    exchanges: [fetchExchange],
  });

  // Straight on graphql-ws rather than through urql: graphql-ws serializes `variables` again at every resubscribe,
  // so a getter in them is read anew after each reconnect (the widget's resume point).
  const subscribe = <Data, Variables extends Record<string, unknown>>(
    document: TypedDocumentNode<Data, Variables>,
    variables: Variables,
    sink: Sink<ExecutionResult<Data>>,
  ) => live.ws.subscribe<Data>({ query: stringifyDocument(document), variables }, sink);

  return { client, live, subscribe, dispose: live.dispose };
};
