import { graphql } from '../generated/index.ts';

// One process for the editor: its draft, its versions (for the history) and the latest one's counters.
export const ProcessQuery = graphql(`
  query Process($id: ID!) {
    node(id: $id) {
      ... on Process {
        ...ProcessFields
        draft
        versions {
          id
          version
          definition
          publishedAt
          publishedBy {
            id
            name
          }
        }
      }
    }
  }
`);
