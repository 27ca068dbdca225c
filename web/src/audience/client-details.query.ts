import { graphql } from '../generated/index.ts';

// The details panel of one client (the inbox's client card needs a conversation; the Audience has a client).
export const ClientDetailsQuery = graphql(`
  query ClientDetails($id: ID!) {
    client(id: $id) {
      ...AudienceClient
      country
      botActive
      sourceChannel {
        id
        name
        kind
      }
      tracking {
        source
        campaign
      }
      channels {
        id
        platformId
        channel {
          id
          name
          kind
        }
      }
      variables {
        key
        name
        value
        system
      }
      sales {
        currency
        count
        amount
      }
    }
  }
`);
