import { graphql } from '../../generated/index.ts';

export const ProcessRunUpdatedSubscription = graphql(`
  subscription ProcessRunUpdated($clientId: ID!, $after: String) {
    processRunUpdated(clientId: $clientId, after: $after) {
      ...ProcessRunItem
    }
  }
`);
