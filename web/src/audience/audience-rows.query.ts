import { graphql } from '../generated/index.ts';

// Rows of the table again, by id, after someone changed them.
export const AudienceRowsQuery = graphql(`
  query AudienceRows($ids: [ID!]!) {
    nodes(ids: $ids) {
      ... on Client {
        ...AudienceClient
      }
    }
  }
`);
