import { graphql } from '../generated/index.ts';

// The test client's runs as they change (the editor keeps the one it started).
export const ProcessTestRunUpdatedSubscription = graphql(`
  subscription ProcessTestRunUpdated($clientId: ID!, $after: String) {
    processRunUpdated(clientId: $clientId, after: $after) {
      ...ProcessTestRunFields
    }
  }
`);
