import { graphql } from '../../generated/index.ts';

export const PauseBroadcastMutation = graphql(`
  mutation PauseBroadcast($input: BroadcastControlInput!) {
    pauseBroadcast(input: $input) {
      broadcast {
        ...Broadcast
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
