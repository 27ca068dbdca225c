import { graphql } from '../../generated/index.ts';

// One job as it is now: catches up on progress published before the subscription started.
export const ClientJobQuery = graphql(`
  query ClientJobNode($id: ID!) {
    node(id: $id) {
      ... on ClientJob {
        ...ClientJob
      }
    }
  }
`);
