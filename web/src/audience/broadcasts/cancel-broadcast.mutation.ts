import { graphql } from '../../generated/index.ts';

export const CancelBroadcastMutation = graphql(`
  mutation CancelBroadcast($input: BroadcastControlInput!) {
    cancelBroadcast(input: $input) {
      broadcast {
        ...Broadcast
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
