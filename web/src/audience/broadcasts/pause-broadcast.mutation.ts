import { graphql } from '../../generated/index.ts';

export const PauseBroadcastMutation = graphql(`
  mutation PauseBroadcast($id: ID!) {
    pauseBroadcast(id: $id) {
      broadcast {
        ...Broadcast
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
