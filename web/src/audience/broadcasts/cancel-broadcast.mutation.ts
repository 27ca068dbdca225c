import { graphql } from '../../generated/index.ts';

export const CancelBroadcastMutation = graphql(`
  mutation CancelBroadcast($id: ID!) {
    cancelBroadcast(id: $id) {
      broadcast {
        ...Broadcast
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
