import { graphql } from '../generated/index.ts';

// The open client's changes (made in its CRM panel, or by anyone else), into its row of the table.
export const AudienceClientUpdatedSubscription = graphql(`
  subscription AudienceClientUpdated($clientId: ID!) {
    clientUpdated(clientId: $clientId) {
      client {
        ...AudienceClient
      }
    }
  }
`);
