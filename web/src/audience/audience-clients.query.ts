import { graphql } from '../generated/index.ts';

export const AudienceClientsQuery = graphql(`
  query AudienceClients($first: Int, $after: String, $filter: ClientFilter, $order: ClientOrder) {
    clients(first: $first, after: $after, filter: $filter, order: $order) {
      edges {
        node {
          ...AudienceClient
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
