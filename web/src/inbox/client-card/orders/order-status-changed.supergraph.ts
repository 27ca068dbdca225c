import { graphql } from '../../../generated/supergraph/index.ts';

export const OrderStatusChangedSubscription = graphql(`
  subscription OrderStatusChanged($clientId: ID!) {
    orderStatusChanged(clientId: $clientId) {
      ...OrderItem
    }
  }
`);
