import { graphql } from '../../../generated/index.ts';

export const ClientUpdatedSubscription = graphql(`
  subscription ClientUpdated($clientId: ID!, $after: String) {
    clientUpdated(clientId: $clientId, after: $after) {
      client {
        id
      }
    }
  }
`);
