import { graphql } from '../../generated/index.ts';

export const BroadcastQuery = graphql(`
  query Broadcast($id: ID!) {
    broadcast(id: $id) {
      ...Broadcast
    }
  }
`);
