import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse, type GraphQLSchema } from 'graphql';
import { createPubSub, pipe, filter } from 'graphql-yoga';

export type OrderStatus = 'NEW' | 'PAID' | 'SHIPPED' | 'DELIVERED' | 'CANCELLED';
export type Order = { id: string; clientId: string; number: string; total: number; currency: string; status: OrderStatus; createdAt: string };

const statuses: OrderStatus[] = ['NEW', 'PAID', 'SHIPPED', 'DELIVERED', 'CANCELLED'];

// The example's data: every client id has 1 to 3 orders, derived from the id alone (the same on every start), so a
// test or a demo needs no database; newest first, as the schema says. Status changes are kept in memory.
function ordersOf(clientId: string, changed: Map<string, OrderStatus>): Order[] {
  const hash = createHash('sha256').update(clientId).digest();
  return Array.from({ length: (hash[0]! % 3) + 1 }, (_, i) => {
    const id = `${clientId}.${i}`;
    return {
      id,
      clientId,
      number: `A-${1000 + hash.readUInt16BE(2 + i * 2) % 9000}`,
      total: (hash.readUInt16BE(10 + i * 2) % 50_000) / 100 + 5,
      currency: 'EUR',
      status: changed.get(id) ?? statuses[(hash[20 + i]! % 3)]!,
      createdAt: new Date(Date.UTC(2026, 10, 1 + (hash[24 + i]! % 28), 9 + i)).toISOString(),
    };
  }).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

const typeDefs = parse(readFileSync(new URL('./orders.graphql', import.meta.url), 'utf8'));

/** The orders subgraph's executable schema, with its own status store and pub/sub. */
export function createOrdersSchema(): GraphQLSchema {
  const changed = new Map<string, OrderStatus>();
  const pubsub = createPubSub<{ orderStatusChanged: [Order] }>();
  const orderById = (id: string) => {
    const clientId = id.slice(0, id.lastIndexOf('.'));
    return ordersOf(clientId, changed).find((order) => order.id === id) ?? null;
  };
  const resolvers = {
    Query: { order: (_: unknown, { id }: { id: string }) => orderById(id) },
    Mutation: {
      setOrderStatus: (_: unknown, { id, status }: { id: string; status: OrderStatus }) => {
        if (!orderById(id)) return null;
        changed.set(id, status);
        const order = orderById(id)!;
        pubsub.publish('orderStatusChanged', order);
        return order;
      },
    },
    Subscription: {
      orderStatusChanged: {
        subscribe: (_: unknown, { clientId }: { clientId?: string | null }) =>
          pipe(pubsub.subscribe('orderStatusChanged'), filter((order: Order) => !clientId || order.clientId === clientId)),
        resolve: (order: Order) => order,
      },
    },
    Client: {
      __resolveReference: ({ id }: { id: string }) => ({ id }),
      orders: ({ id }: { id: string }) => ordersOf(id, changed),
    },
    Order: {
      __resolveReference: ({ id }: { id: string }) => orderById(id),
      client: (order: Order) => ({ id: order.clientId }),
    },
  };
  return buildSubgraphSchema([{ typeDefs, resolvers: resolvers as never }]);
}
