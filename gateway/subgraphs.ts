import { readFileSync } from 'node:fs';
import { parse, type DocumentNode } from 'graphql';
import { typeDefs } from '../api/src/graphql/type-defs.ts';

export type Subgraph = { name: string; url: string; typeDefs: DocumentNode };

// The subgraphs the gateway composes into supergraph.graphql (`npm run supergraph`), each at its default address
// (the gateway takes others from GATEWAY_SUBGRAPH_<NAME>_URL). A business adds its own here, next to the example.
export const subgraphs: Subgraph[] = [
  { name: 'inbox', url: 'http://127.0.0.1:4000/graphql', typeDefs: parse(typeDefs.join('\n')) },
  { name: 'orders', url: 'http://127.0.0.1:4100/graphql', typeDefs: parse(readFileSync(new URL('../examples/orders/orders.graphql', import.meta.url), 'utf8')) },
];

/** The composed supergraph, committed; the gateway serves it. */
export const supergraphPath = new URL('./supergraph.graphql', import.meta.url);
