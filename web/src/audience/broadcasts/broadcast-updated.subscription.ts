import { graphql } from '../../generated/index.ts';

export const BroadcastUpdatedSubscription = graphql(`
  subscription BroadcastUpdated($id: ID!) {
    broadcastUpdated(id: $id) {
      ...Broadcast
    }
  }
`);
