import { graphql } from '../../../generated/index.ts';

export const ClientUpdatedSubscription = graphql(`
  subscription ClientUpdated($clientId: ID!) {
    clientUpdated(clientId: $clientId) {
      client {
        id
      }
    }
  }
`);
