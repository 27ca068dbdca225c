import { graphql } from '../../../generated/supergraph/index.ts';

// Through the gateway: the client's orders come from the shop's orders subgraph (examples/orders/).
export const ClientOrdersQuery = graphql(`
  query ClientOrders($clientId: ID!) {
    client(id: $clientId) {
      id
      orders {
        ...OrderItem
      }
    }
  }
`);
