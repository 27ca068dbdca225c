import { graphql } from '../../generated/index.ts';

export const ProcessRunUpdatedSubscription = graphql(`
  subscription ProcessRunUpdated($clientId: ID!) {
    processRunUpdated(clientId: $clientId) {
      ...ProcessRunItem
    }
  }
`);
