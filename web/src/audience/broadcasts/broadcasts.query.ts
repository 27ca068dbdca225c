import { graphql } from '../../generated/index.ts';

export const BroadcastsQuery = graphql(`
  query Broadcasts {
    broadcasts(first: 20) {
      edges {
        node {
          ...Broadcast
        }
      }
    }
  }
`);
