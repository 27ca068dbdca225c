import { graphql } from '../../../generated/index.ts';

export const ClientFilesQuery = graphql(`
  query ClientFiles($clientId: ID!, $first: Int!, $after: String, $kind: FileKind) {
    node(id: $clientId) {
      ... on Client {
        id
        files(first: $first, after: $after, kind: $kind) {
          edges {
            node {
              ...FileItem
            }
          }
          pageInfo {
            hasNextPage
            endCursor
          }
        }
      }
    }
  }
`);
