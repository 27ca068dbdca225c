import { graphql } from '../generated/index.ts';

export const ProcessCountersQuery = graphql(`
  query ProcessCounters($id: ID!) {
    node(id: $id) {
      ... on Process {
        ...ProcessCounters
      }
    }
  }
`);
