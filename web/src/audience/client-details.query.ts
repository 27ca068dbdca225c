import { graphql } from '../generated/index.ts';

// The head of the Audience's client panel; the CRM sections below it load their own data.
export const ClientDetailsQuery = graphql(`
  query ClientDetails($id: ID!) {
    client(id: $id) {
      ...AudienceClient
      sourceChannel {
        id
        name
        kind
      }
      conversations(first: 20) {
        edges {
          node {
            id
            status
            channel {
              name
            }
          }
        }
      }
    }
  }
`);
